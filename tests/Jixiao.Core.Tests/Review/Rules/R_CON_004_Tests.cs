using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_CON_004_Tests
{
    [Fact]
    public void Fires_when_weights_do_not_sum_to_100()
    {
        // Seed 001 人民调解 with the satisfaction weight changed from 25 to 20.
        var p = Seed001.PeopleMediation;
        var changed = p with { Indicators = p.Indicators.Select(i => i.Name == "人民调解培训人员满意度" ? i with { Weight = WrittenDecimal.TryParse("20") } : i).ToArray() };
        var f = Assert.Single(Build.Review(Build.Document(changed)).Of(RuleIds.WeightsNotHundred));
        Assert.Equal(("100", "95"), (f.Expected, f.Actual));
    }

    [Fact]
    public void Does_not_fire_on_seed_001_weights()
    {
        foreach (var p in new[] { Seed001.PeopleMediation, Seed001.CommunityCorrection, Seed001.LegalAid, Seed001.Notary })
            Assert.Empty(Build.Review(Build.Document(p)).Of(RuleIds.WeightsNotHundred));
    }
}
