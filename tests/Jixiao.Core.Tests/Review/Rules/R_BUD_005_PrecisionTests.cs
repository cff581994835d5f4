using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

/// <summary>R-BUD-005 and R-BUD-001 on snippets of 西安's tables (issue 16: balancing rows, scope of the 支出总表, printed precision).</summary>
public sealed class R_BUD_005_PrecisionTests
{
    // xian_891d54a p3: 支出总计 = 本年支出合计 + 结转下年.
    private static BudgetTable Summary(string income = "3,695.91") => Build.Table("2019年部门综合预算收支总表", ["收入-项目", "收入-预算数", "支出-项目", "支出-预算数"], $"""
        1、财政拨款	3,643.37	1、一般公共服务	
        本年收入合计	3,643.37	本年支出合计	3,643.37
        上年实户资金余额	40.93	结转下年	52.54
        上年结转	11.61	未安排支出的实户资金	
        收入总计	{income}	支出总计	3,695.91
        """);

    // xian_891d54a p5: the 支出总表 of 陕西 prints its sources as columns, 上年结转 among them, so its 合计 is 支出总计.
    private static BudgetTable Expenditure(string total = "3,695.91") => Build.Table("2019年部门综合预算支出总表", ["单位编码", "单位名称", "合计", "一般公共预算拨款", "上年实户资金余额", "上年结转"], $"""
        合计		{total}	3,643.37	40.93	11.61
        125001	西安市安全生产监督管理局	{total}	3,643.37	40.93	11.61
        """);

    [Fact]
    public void Balancing_rows_on_the_spending_side_are_added_and_a_spending_table_may_total_the_grand_total()
    {
        var findings = Build.Review(Build.WithTables(Summary(), Expenditure()));
        Assert.Empty(findings.Of(RuleIds.SummaryTotals));
        Assert.Empty(findings.Of(RuleIds.TotalsAcrossTables));
    }

    [Fact]
    public void A_spending_table_total_that_is_neither_total_of_the_summary_is_an_error()
    {
        var f = Assert.Single(Build.Review(Build.WithTables(Summary(), Expenditure("3,700.00"))).Of(RuleIds.TotalsAcrossTables));
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void The_same_total_printed_at_two_precisions_agrees()
    {
        // xian_14af670 p30: 收入总表 合计 480544221.6 beside 收支总表 收入总计 480544221.62 (元).
        var summary = Build.Table("部门综合预算收支总表", ["收入-项目", "收入-预算数", "支出-项目", "支出-预算数"], """
            本年收入合计	480544221.62	本年支出合计	480544221.62
            收入总计	480544221.62	支出总计	480544221.62
            """) with { Unit = MoneyUnit.Yuan };
        var income = Build.Table("部门综合预算收入总表", ["单位编码", "单位名称", "合计", "一般公共预算拨款"], """
            合计		480544221.6	480544221.6
            245	西安市医疗保障局	480544221.6	480544221.6
            """) with { Unit = MoneyUnit.Yuan };
        Assert.Empty(Build.Review(Build.WithTables(summary, income)).Of(RuleIds.TotalsAcrossTables));
        var off = income with { Rows = [[ "合计", null, "480544222.6", "480544222.6"], income.Rows[1]] };
        Assert.Contains(Build.Review(Build.WithTables(summary, off)).Of(RuleIds.TotalsAcrossTables), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_total_read_smaller_than_a_part_of_its_own_row_is_only_a_warning()
    {
        // zhuhai_cd78d6e p8 as read: a multi-level header put 合计 over a column of 0.00.
        var summary = Build.Table("收支总体情况表", ["收入-项目", "收入-预算数", "支出-项目", "支出-预算数"], """
            本年收入合计	66,307.98	本年支出合计	66,307.98
            收入总计	66,307.98	支出总计	66,307.98
            """);
        var income = Build.Table("收入总体情况表", ["单位名称", "一般公共预算", "合计", "上年结转结余"], """
            合计	46,402.33	0.00	19,904.01
            """);
        var f = Assert.Single(Build.Review(Build.WithTables(summary, income)).Of(RuleIds.TotalsAcrossTables));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("合计栏的列位可能读错", f.Message, StringComparison.Ordinal);
    }
}
