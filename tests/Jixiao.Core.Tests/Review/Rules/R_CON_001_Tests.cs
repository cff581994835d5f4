using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_CON_001_Tests
{
    [Fact]
    public void Fires_on_seed_003_bare_wan_cost_above_a_yuan_budget()
    {
        // 网络系统运维租赁费: 预算数 200000.00 元, 运维成本 ≤70万 (70万元 = 700000元).
        var f = Assert.Single(Build.Review(Build.Document(OtherSeedDocuments.Seed003Project(12))).Of(RuleIds.CostAboveBudget));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("700000元", f.Actual);
        Assert.Equal("≤200000元", f.Expected);
    }

    [Fact]
    public void Does_not_fire_within_budget_or_on_per_unit_amounts()
    {
        // Seed 004 item 1: 总成本 ≤22.59 万元 on 22.59; seed 003 item 1: 人均工资标准 ≤7.2万元/年; item 7: ≤60万 on 600000.00.
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(1))).Of(RuleIds.CostAboveBudget));
        Assert.Empty(Build.Review(Build.Document(OtherSeedDocuments.Seed003Project(1))).Of(RuleIds.CostAboveBudget));
        Assert.Empty(Build.Review(Build.Document(OtherSeedDocuments.Seed003Project(7))).Of(RuleIds.CostAboveBudget));
    }
}
