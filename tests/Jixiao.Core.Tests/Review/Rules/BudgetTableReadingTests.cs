using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

/// <summary>
/// Budget tables read by column meaning on snippets of the real corpus (issue 16): a 合计 whose label spans the label
/// columns, panels printed side by side, tolerance from the precision printed, the same total printed at two precisions.
/// </summary>
public sealed class BudgetTableReadingTests
{
    // wuxi_186599d p28 as read: the 合计 label spans 科目编码 + 科目名称, so its figures came one column early.
    private static readonly BudgetTable StateCapital = Build.Table("国有资本经营预算支出预算表", ["项目-功能分类科目编码", "项目-科目名称", "本年支出合计", "基本支出", "项目支出"], """
        合计	32,640.00		32,640.00
        223	国有资本经营预算支出	32,640.00		32,640.00
        22399	其他国有资本经营预算支出	32,640.00		32,640.00
        2239999	其他国有资本经营预算支出	32,640.00		32,640.00
        """);

    [Fact]
    public void A_total_whose_label_spans_the_label_columns_is_read_under_the_other_rows_columns()
    {
        var findings = Build.Review(Build.WithTables(StateCapital));
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("R-BUD", StringComparison.Ordinal) && f.Severity != Severity.Info);
    }

    [Fact]
    public void A_wrong_sum_on_a_realigned_total_is_a_warning_that_says_the_columns_were_aligned()
    {
        var wrong = StateCapital with { Rows = [["合计", "32,650.00", null, "32,640.00"], .. StateCapital.Rows.Skip(1)] };
        var findings = Build.Review(Build.WithTables(wrong)).Where(f => f.RuleId.StartsWith("R-BUD", StringComparison.Ordinal) && f.Severity != Severity.Info).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains(findings, f => f.RuleId == RuleIds.RowTotal && f.Message.Contains("标签跨列", StringComparison.Ordinal));
    }

    // foshan_c28d825 p17: 人员经费 | 公用经费 printed side by side, each with its own 编码 | 名称 | 金额.
    private static readonly BudgetTable TwoPanels = Build.Table("一般公共预算财政拨款基本支出决算表",
        ["人员经费-经济分类科目编码", "人员经费-科目名称", "人员经费-金额", "公用经费-经济分类科目编码", "公用经费-科目名称", "公用经费-金额"], """
        301	工资福利支出	649.20	302	商品和服务支出	94.65
        30101	基本工资	301.79	30201	办公费	13.80
        30102	津贴补贴	63.04	30202	印刷费	2.64
        30103	奖金	284.37	30211	差旅费	78.21
        """);

    [Fact]
    public void Panels_printed_side_by_side_are_summed_each_on_its_own()
    {
        Assert.Empty(Build.Review(Build.WithTables(TwoPanels)).Of(RuleIds.ClassificationSums));
        // 30211 差旅费 printed 88.21: 302's 款 now add to 104.65, 10.00 over 94.65 — found in the 公用经费 panel.
        var wrong = TwoPanels with { Rows = [.. TwoPanels.Rows.Take(3), ["30103", "奖金", "284.37", "30211", "差旅费", "88.21"]] };
        var f = Assert.Single(Build.Review(Build.WithTables(wrong)).Of(RuleIds.ClassificationSums));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.StartsWith("302商品和服务支出", f.Message, StringComparison.Ordinal);
        Assert.Equal(("104.65", "94.65"), (f.Expected, f.Actual));
    }

    [Fact]
    public void A_table_in_whole_yuan_allows_one_yuan_per_line_summed()
    {
        var t = Build.Table("支出预算总表", ["科目编码", "科目名称", "合计"], """
            201	一般公共服务支出	1,000,000
            20105	统计信息事务	1,000,000
            2010504	信息事务	333,333
            2010505	专项统计业务	333,333
            2010506	统计管理	333,333
            208	社会保障和就业支出	500,000
            20805	行政事业单位养老支出	500,000
            """) with { Unit = MoneyUnit.Yuan };
        var f = Assert.Single(Build.Review(Build.WithTables(t)).Of(RuleIds.ClassificationSums));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("尾差", f.Message, StringComparison.Ordinal);
        // Ten 元 off is beyond three lines in whole 元.
        var wrong = t with { Rows = [.. t.Rows.Take(4), ["2010506", "统计管理", "333,323"], .. t.Rows.Skip(5)] };
        Assert.Equal(Severity.Error, Assert.Single(Build.Review(Build.WithTables(wrong)).Of(RuleIds.ClassificationSums)).Severity);
    }
}
