using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_COV_004_Tests
{
    [Fact]
    public void Fires_on_seed_001_community_correction_without_satisfaction() =>
        Assert.Single(Build.Review(Build.Document(Seed001.CommunityCorrection)).Of(RuleIds.NoSatisfactionIndicator));

    [Fact]
    public void Does_not_fire_for_personnel_projects_or_satisfaction_under_effect()
    {
        Assert.Empty(Build.Review(Build.Document(Seed001.CommunityCorrection with { Category = "人员类" })).Of(RuleIds.NoSatisfactionIndicator));
        Assert.Empty(Build.Review(Build.Document(Seed001.Notary)).Of(RuleIds.NoSatisfactionIndicator));
    }
}
