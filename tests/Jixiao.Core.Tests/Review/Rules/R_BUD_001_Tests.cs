using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_BUD_001_Tests
{
    [Fact]
    public void Seed_004_summary_states_the_rounding_difference_as_info_not_error()
    {
        // 本年收入合计 3771.58 + 上年结转结余 376.64 = 4148.22 against 收入总计 4148.23.
        var f = Assert.Single(Build.Review(Build.WithTables(Seed004.Table("部门预算收支总表"))).Of(RuleIds.SummaryTotals));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("尾差", f.Message);
        Assert.Equal(("4148.22", "4148.23"), (f.Expected, f.Actual));
    }

    [Fact]
    public void Fires_when_income_and_spending_totals_differ()
    {
        var t = Seed004.Table("部门预算收支总表");
        var rows = t.Rows.Select(r => r.Contains("支出总计") ? (IReadOnlyList<string?>)r.Select((c, i) => i == 4 ? "4158.23" : c).ToArray() : r).ToArray();
        var findings = Build.Review(Build.WithTables(t with { Rows = rows })).Of(RuleIds.SummaryTotals);
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Message.Contains("支出总计", StringComparison.Ordinal));
    }

    [Fact]
    public void Balancing_rows_other_than_the_carry_over_are_added_by_their_place()
    {
        // Shaped like a 山东 收支总体情况表: 上级补助收入 between 本年收入合计 and 收入总计.
        var t = Build.Table("收支总体情况表", ["收入-项目", "收入-预算数", "支出-项目", "支出-预算数"], """
            一、一般公共预算拨款收入	315,235.83	一、一般公共服务支出	315,441.72
            本年收入合计	315,235.83	本年支出合计	315,441.72
            上级补助收入	205.89	对附属单位的补助支出	
            使用非财政拨款结余		上缴上级支出	
            上年结转		结转下年	
            收入总计	315,441.72	支出总计	315,441.72
            """);
        Assert.Empty(Build.Review(Build.WithTables(t)).Of(RuleIds.SummaryTotals));
        var wrong = t with { Rows = [.. t.Rows.Select(r => r[0] == "上级补助收入" ? (IReadOnlyList<string?>)["上级补助收入", "105.89", "对附属单位的补助支出", null] : r)] };
        var f = Assert.Single(Build.Review(Build.WithTables(wrong)).Of(RuleIds.SummaryTotals));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("上级补助收入", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_breakdown_of_a_balancing_row_is_not_added_again()
    {
        // Seed 004's 财政拨款收支总表: 年初财政拨款结转和结余 376.64, then 一、一般公共预算拨款 376.64 (its breakdown).
        var t = Build.Table("财政拨款收支总表", ["收入-项目", "收入-金额", "支出-项目", "支出-合计"], """
            本年收入合计	3771.58	本年支出合计	4148.23
            年初财政拨款结转和结余	376.64	年末财政拨款结转和结余	
            一、一般公共预算拨款	376.64		
            收入总计	4148.23	支出总计	4148.23
            """);
        Assert.DoesNotContain(Build.Review(Build.WithTables(t)).Of(RuleIds.SummaryTotals), f => f.Severity == Severity.Error);
    }
}
