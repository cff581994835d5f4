using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_BUD_003_Tests
{
    [Fact]
    public void Seed_004_rows_add_up_with_only_the_total_row_rounded()
    {
        // 律师管理 89.33 = 66.74 + 22.59; 合计 4148.23 against 3060.90 + 1087.32 = 4148.22.
        var findings = Build.Review(Build.WithTables(Seed004.Table("部门预算支出总表"), Seed004.Table("三公"))).Of(RuleIds.RowTotal);
        var f = Assert.Single(findings);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal("4148.22", f.Expected);
    }

    [Fact]
    public void Fires_when_total_differs_from_basic_plus_project()
    {
        var t = Seed004.Table("一般公共预算财政拨款支出表");
        var rows = t.Rows.Select(r => r[1] == "2040606" ? (IReadOnlyList<string?>)["8", "2040606", "律师管理", "99.33", "66.74", "22.59"] : r).ToArray();
        Assert.Contains(Build.Review(Build.WithTables(t with { Rows = rows })).Of(RuleIds.RowTotal), f => f.Severity == Severity.Error && f.Where.Code == "2040606");
    }

    [Fact]
    public void A_share_column_is_not_added_and_the_subtotal_beside_it_is_the_part()
    {
        // Shaped like a 陕西 收入总表: 一般公共预算拨款 split into 小计 and 其中：专项资金…, beside 政府性基金拨款.
        var t = Build.Table("部门综合预算收入总表", ["单位编码", "单位名称", "部门预算-合计", "部门预算-一般公共预算拨款-小计", "部门预算-一般公共预算拨款-其中：专项资金列入部门预算项目", "部门预算-政府性基金拨款"], """
            119001	某某局	41,059,127.54	40,059,127.54	3,000,000.00	1,000,000.00
            """) with { Unit = MoneyUnit.Yuan };
        Assert.Empty(Build.Review(Build.WithTables(t)).Of(RuleIds.RowTotal));
        var wrong = t with { Rows = [["119001", "某某局", "41,059,127.54", "40,059,127.54", "3,000,000.00", "2,000,000.00"]] };
        Assert.Equal("42059127.54", Assert.Single(Build.Review(Build.WithTables(wrong)).Of(RuleIds.RowTotal)).Expected);
    }
}
