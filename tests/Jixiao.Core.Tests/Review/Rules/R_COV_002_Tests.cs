using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_COV_002_Tests
{
    [Fact]
    public void Fires_on_seed_001_people_mediation_whose_benefit_rows_are_empty()
    {
        var f = Assert.Single(Build.Review(Build.Document(Seed001.PeopleMediation)).Of(RuleIds.NoBenefitIndicator));
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void Does_not_fire_when_a_benefit_indicator_is_filled()
    {
        Assert.Empty(Build.Review(Build.Document(Seed001.LegalAid)).Of(RuleIds.NoBenefitIndicator));
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(1))).Of(RuleIds.NoBenefitIndicator));
    }
}
