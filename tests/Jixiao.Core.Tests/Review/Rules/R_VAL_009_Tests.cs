using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_VAL_009_Tests
{
    [Fact]
    public void Fires_on_seed_002_cost_in_copies_and_subsidy_in_percent()
    {
        var legalAid = Build.Review(Build.Document(OtherSeedDocuments.Seed002Project(1))).Of(RuleIds.CostNotInMoney);
        Assert.Contains("百分比", Assert.Single(legalAid).Message);
        var publicity = Build.Review(Build.Document(OtherSeedDocuments.Seed002Project(2))).Of(RuleIds.CostNotInMoney);
        Assert.Contains("册", Assert.Single(publicity).Message);
    }

    [Fact]
    public void Does_not_fire_on_money_or_cost_control_rates()
    {
        // Seed 004: ≤22.59 万元, 总成本控制率 ≤100%, 平均成本 ≤5900 人/年/元; seed 003: ≤7.2万元/年, ≤70万.
        Assert.Empty(Build.Review(Seed004.Document).Of(RuleIds.CostNotInMoney));
        Assert.Empty(Build.Review(OtherSeedDocuments.Seed003).Of(RuleIds.CostNotInMoney));
    }
}
