using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_COV_003_Tests
{
    [Fact]
    public void Fires_on_seed_001_people_mediation_whose_cost_row_is_empty() =>
        Assert.Equal(Severity.Warning, Assert.Single(Build.Review(Build.Document(Seed001.PeopleMediation)).Of(RuleIds.NoCostIndicator)).Severity);

    [Fact]
    public void Does_not_fire_with_cost_under_output_as_in_older_templates()
    {
        // Seed 001 社区矫正对象管理费: 成本指标 as a second level under 产出.
        Assert.Empty(Build.Review(Build.Document(Seed001.CommunityCorrection)).Of(RuleIds.NoCostIndicator));
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(1))).Of(RuleIds.NoCostIndicator));
    }
}
