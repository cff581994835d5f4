using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_CON_003_Tests
{
    private static Project With(SpendingPlan plan) =>
        Build.Project("政法装备", "13.72", MoneyUnit.TenThousandYuan, Build.Indicators("产出指标\t数量指标\t信息系统购置\t信息系统购置\t≤2套\t2023年工作计划"), ["购买系统软件"], plan: plan);

    [Fact]
    public void Fires_on_a_falling_plan_and_on_december_below_100()
    {
        var f = Assert.Single(Build.Review(Build.Document(With(Build.Plan((3, "30"), (6, "25"), (10, "75"), (12, "90"))))).Of(RuleIds.SpendingPlanInvalid));
        Assert.Contains("低于", f.Message);
        Assert.Contains("12月底为90%", f.Message);
    }

    [Fact]
    public void Does_not_fire_on_seed_000_plan_or_a_plan_without_december()
    {
        // Seed 000 project 1: 15% 25% 75% 100%; seed 004 item 1 printed only 3/6/10月底 (20% 50% 90%).
        Assert.Empty(Build.Review(Build.Document(With(Build.Plan((3, "15"), (6, "25"), (10, "75"), (12, "100"))))).Of(RuleIds.SpendingPlanInvalid));
        Assert.Empty(Build.Review(Build.Document(With(Build.Plan((3, "20"), (6, "50"), (10, "90"))))).Of(RuleIds.SpendingPlanInvalid));
    }
}
