using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_CON_008_Tests
{
    private static IReadOnlyList<Indicator> Rows() => Build.Indicators("""
        产出指标	数量指标	人民调解案件立案数	矛盾纠纷调解立案数	≥500 件	案件立案数量
        """);

    [Fact]
    public void Fires_on_the_repeat_of_a_project_with_the_same_name_and_amount()
    {
        var doc = Build.Document(
            Build.Project("人民调解经费", "12.00", MoneyUnit.TenThousandYuan, Rows()),
            Build.Project("法律援助经费", "30.00", MoneyUnit.TenThousandYuan, Rows()),
            Build.Project("人民调解经费 ", "12.00", MoneyUnit.TenThousandYuan, Rows()));
        var f = Assert.Single(Build.Review(doc).Of(RuleIds.ProjectRepeated));
        Assert.Equal(3, f.Where.Project);
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal("项目“人民调解经费”（资金总额12.00万元）重复出现，与第1个项目的单位、名称和金额都相同", f.Message);
    }

    [Fact]
    public void The_same_amount_in_yuan_and_wan_yuan_is_the_same_project()
    {
        var doc = Build.Document(
            Build.Project("人民调解经费", "12.00", MoneyUnit.TenThousandYuan, Rows()),
            Build.Project("人民调解经费", "120000.00", MoneyUnit.Yuan, Rows()));
        Assert.Single(Build.Review(doc).Of(RuleIds.ProjectRepeated));
    }

    [Fact]
    public void A_project_of_the_same_name_with_another_amount_or_unit_is_not_a_repeat()
    {
        var doc = Build.Document(
            Build.Project("人民调解经费", "12.00", MoneyUnit.TenThousandYuan, Rows()),
            Build.Project("人民调解经费", "8.00", MoneyUnit.TenThousandYuan, Rows()),
            Build.Project("人民调解经费", "12.00", MoneyUnit.TenThousandYuan, Rows()) with { Unit = new BudgetUnit("315002", "怀来县司法局") },
            Build.Project("人民调解经费", null, MoneyUnit.TenThousandYuan, Rows()),
            Build.Project("人民调解经费", null, MoneyUnit.TenThousandYuan, Rows()));
        Assert.Empty(Build.Review(doc).Of(RuleIds.ProjectRepeated));
    }

    [Fact]
    public void Seed_documents_have_no_repeated_project() =>
        Assert.Empty(Build.Review(Seed004.Document).Of(RuleIds.ProjectRepeated));
}
