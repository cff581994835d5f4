using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_CON_002_Tests
{
    private static readonly IReadOnlyList<Indicator> Rows = Build.Indicators("产出指标\t数量指标\t信息系统购置\t信息系统购置\t≤2套\t2023年工作计划");

    [Fact]
    public void Fires_when_fiscal_plus_other_differs_from_the_budget()
    {
        var p = Build.Project("政法装备", "13.72", MoneyUnit.TenThousandYuan, Rows, ["购买系统软件"], fiscal: "12.72", other: "0.50");
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.BudgetSplitMismatch));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("13.22", f.Expected);
    }

    [Fact]
    public void Does_not_fire_on_seed_000_budget()
    {
        // 预算数 13.72, 其中：财政资金 13.72, 其他资金 blank.
        var p = Build.Project("政法装备", "13.72", MoneyUnit.TenThousandYuan, Rows, ["购买系统软件"]);
        Assert.Empty(Build.Review(Build.Document(p)).Of(RuleIds.BudgetSplitMismatch));
    }
}
