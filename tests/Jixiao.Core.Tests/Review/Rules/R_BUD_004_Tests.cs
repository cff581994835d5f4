using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_BUD_004_Tests
{
    [Fact]
    public void Does_not_fire_on_seed_004_basic_expenditure_table()
    {
        // 合计 3060.90 = 人员经费 2712.09 + 公用经费 348.81.
        Assert.Empty(Build.Review(Build.WithTables(Seed004.Table("基本支出表"))).Of(RuleIds.BasicExpenditureSplit));
    }

    [Fact]
    public void Fires_when_personnel_plus_public_differs()
    {
        var t = Seed004.Table("基本支出表");
        var rows = t.Rows.Select(r => r[2] == "合计" ? (IReadOnlyList<string?>)["1", null, "合计", "3060.90", "2712.09", "338.81"] : r).ToArray();
        var f = Assert.Single(Build.Review(Build.WithTables(t with { Rows = rows })).Of(RuleIds.BasicExpenditureSplit));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("3050.90", f.Expected);
    }

    [Fact]
    public void A_total_over_personnel_public_and_special_spending_adds_all_three()
    {
        // Shaped like a 陕西 一般公共预算支出明细表: 合计 = 人员经费支出 + 公用经费支出 + 专项业务经费支出.
        var t = Build.Table("部门综合预算一般公共预算支出明细表", ["部门经济科目编码", "部门经济科目名称", "合计", "人员经费支出", "公用经费支出", "专项业务经费支出"], """
            	合计	74868.33	17739.85	1703.48	55425.00
            312	对企业补助	13082.00			13082.00
            """);
        Assert.Empty(Build.Review(Build.WithTables(t)).Of(RuleIds.BasicExpenditureSplit));
        var wrong = t with { Rows = [[null, "合计", "74868.33", "17739.85", "1703.48", "55420.00"]] };
        Assert.Equal(Severity.Error, Assert.Single(Build.Review(Build.WithTables(wrong)).Of(RuleIds.BasicExpenditureSplit)).Severity);
    }
}
