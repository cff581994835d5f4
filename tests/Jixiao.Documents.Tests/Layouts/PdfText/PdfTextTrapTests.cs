using Jixiao.Core.Model;
using Jixiao.Documents.Layouts;
using Xunit;
using static Jixiao.Documents.Tests.Layouts.PdfText.IndicatorAssert;

namespace Jixiao.Documents.Tests.Layouts.PdfText;

/// <summary>The traps the issue lists, each on a small table in the seeds' layout ("⇥" is a tab).</summary>
public class PdfTextTrapTests
{
    private const string PlainPlan = "资金支出计 划（%）⇥3月底⇥⇥6月底⇥10月底⇥12月底⇥\n⇥20%⇥⇥40%⇥70%⇥100%⇥";

    private static Project Single(string text, out ReadContext context)
    {
        var (document, ctx) = PdfTextSeeds.ReadSnippet(text);
        context = ctx;
        return Assert.Single(document.Projects);
    }

    [Fact]
    public void Code_split_by_a_space_is_one_code()
    {
        var p = Single(PdfTextSeeds.Table(PlainPlan + "\n绩效目标⇥1.目标", code: "13030622P0055671000 47"), out var context);
        Assert.Equal("13030622P005567100047", p.Code);
        Assert.Empty(context.Unplaced);
    }

    [Fact]
    public void Code_and_name_continued_on_the_next_line_are_joined()
    {
        var text = """
            项目编码⇥13030622P0055671000⇥⇥项目名称⇥法律援助⇥⇥
            ⇥47⇥⇥⇥（二期）工程⇥⇥
            预算规模及 资金用途⇥预算数⇥5.00⇥其中：财政资金⇥5.00⇥其他资金⇥
            一级指标⇥二级指标⇥三级指标⇥绩效指标描述⇥指标值⇥指标值确定依据⇥
            产出指标⇥数量指标⇥案件数⇥案件数⇥≥1 件⇥计划⇥
            """;
        var p = Single(text, out var context);
        Assert.Equal("13030622P005567100047", p.Code);
        Assert.Equal("法律援助（二期）工程", p.Name);
        Assert.Empty(context.Unplaced);
    }

    [Fact]
    public void A_12月底_label_wrapped_with_its_value_onto_the_next_line()
    {
        var middle = "资金支出计 划（%）⇥3月底⇥⇥6月底⇥⇥10月底⇥\n⇥20%⇥⇥50%⇥⇥75%⇥\n12月底⇥100%⇥⇥⇥⇥⇥\n绩效目标⇥1. 目标";
        var p = Single(PdfTextSeeds.Table(middle), out var context);
        Plan(p, (3, "20"), (6, "50"), (10, "75"), (12, "100"));
        Assert.Equal(["目标"], p.Goals);
        Assert.Empty(context.Unplaced);
    }

    [Fact]
    public void A_lone_12月底_takes_the_last_value_of_the_next_value_row()
    {
        var middle = "资金支出计 划（%）⇥3月底⇥⇥6月底⇥⇥10月底⇥\n⇥⇥⇥⇥⇥⇥12月底⇥\n⇥⇥⇥50%⇥⇥100%⇥\n绩效目标⇥1. 目标";
        var p = Single(PdfTextSeeds.Table(middle), out var context);
        Plan(p, (6, "50"), (12, "100"));
        Assert.Empty(context.Unplaced);
    }

    [Fact]
    public void A_lone_12月底_with_a_single_value_under_3月底_is_read_the_same_way()
    {
        var middle = "资金支出计 划（%）⇥3月底⇥⇥6月底⇥⇥10月底⇥\n⇥⇥⇥⇥⇥⇥12月底⇥\n⇥100%⇥⇥⇥⇥⇥\n绩效目标⇥1. 目标";
        var p = Single(PdfTextSeeds.Table(middle), out _);
        Plan(p, (12, "100"));
    }

    [Fact]
    public void A_value_under_no_month_label_is_reported_not_guessed()
    {
        var middle = "资金支出计 划（%）⇥3月底⇥⇥6月底⇥⇥⇥\n⇥20%⇥⇥50%⇥⇥100%⇥\n绩效目标⇥1. 目标";
        var p = Single(PdfTextSeeds.Table(middle), out var context);
        Plan(p, (3, "20"), (6, "50"));
        var row = Assert.Single(context.Unplaced);
        Assert.Contains("100%", row.Reason, StringComparison.Ordinal);
        Assert.Equal("\t20%\t\t50%\t\t100%\t", row.Text);
    }

    [Fact]
    public void A_spending_plan_printed_twice_is_read_once()
    {
        var middle = "资金支出计 划（%）⇥3月底⇥⇥6月底⇥⇥10月底⇥\n⇥25%⇥⇥50%⇥⇥75%⇥\n绩效目标⇥3月底⇥⇥6月底⇥⇥10月底⇥\n⇥25%⇥⇥50%⇥⇥75%⇥\n1. 年度内履职不低于 500 次⇥⇥⇥⇥⇥⇥";
        var p = Single(PdfTextSeeds.Table(middle), out var context);
        Plan(p, (3, "25"), (6, "50"), (10, "75"));
        Assert.Equal(["年度内履职不低于 500 次"], p.Goals);
        Assert.Empty(context.Unplaced);
    }

    [Fact]
    public void A_second_printing_with_a_different_value_keeps_the_first_and_reports_the_row()
    {
        var middle = "资金支出计 划（%）⇥3月底⇥⇥6月底⇥\n⇥25%⇥⇥50%⇥\n绩效目标⇥3月底⇥⇥6月底⇥\n⇥25%⇥⇥60%⇥\n1. 目标⇥⇥⇥";
        var p = Single(PdfTextSeeds.Table(middle), out var context);
        Plan(p, (3, "25"), (6, "50"));
        var row = Assert.Single(context.Unplaced);
        Assert.Contains("6月底", row.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("绩效目标⇥1.保障运转 2.提升服务", new[] { "保障运转", "提升服务" })]
    [InlineData("绩效目标⇥1. 组织考试 2 次，合格率 100% 2. 提升水平", new[] { "组织考试 2 次，合格率 100%", "提升水平" })]
    [InlineData("绩效目标⇥.开展宪法宣传教育活动.提高教育矫正质量", new[] { "开展宪法宣传教育活动", "提高教育矫正质量" })]
    [InlineData("绩效目标⇥保障办公正常运转，做好各种日常费用", new[] { "保障办公正常运转，做好各种日常费用" })]
    [InlineData("绩效目标⇥1. 在所矫治人员生活有保障⇥⇥\n⇥2. 场所安全稳定⇥⇥", new[] { "在所矫治人员生活有保障", "场所安全稳定" })]
    [InlineData("⇥1. 目标内容 1⇥⇥⇥", new[] { "目标内容 1" })]
    public void Goals_numbered_by_1_2_or_a_bare_dot_or_not_at_all(string goalRows, string[] expected)
    {
        var p = Single(PdfTextSeeds.Table(PlainPlan + "\n" + goalRows), out var context);
        Assert.Equal(expected, p.Goals);
        Assert.Empty(context.Unplaced);
    }

    [Fact]
    public void Rows_continued_after_a_page_break_under_a_repeated_header_and_page_headers()
    {
        var indicators = """
            产出指标⇥数量指标⇥法律援助咨 询数⇥法律援助咨询数⇥≥400 件⇥法律援助咨 询数⇥
            满意度指标⇥服务对象满 意度指标⇥矫正人员满 意度⇥社区矫正人员满意程度⇥≥85 百分率⇥矫正人员对 矫正情况的⇥

            - 12 -

            324 承德市司法局

            单位：万元

            一级指标⇥二级指标⇥三级指标⇥绩效指标描述⇥指标值⇥指标值确定依据
            ⇥⇥⇥⇥⇥认可度
            ⇥⇥群众满意度⇥群众满意程度⇥≥90 百分 率⇥问卷调查
            """;
        var p = Single(PdfTextSeeds.Table(PlainPlan + "\n绩效目标⇥1.目标", indicators), out var context);
        Assert.Empty(context.Unplaced);
        Assert.Equal(3, p.Indicators.Count);
        Assert.Equal("法律援助咨询数", p.Indicators[0].Name);
        Assert.Equal("法律援助咨询数", p.Indicators[0].Basis);
        Assert.Equal("≥400 件", p.Indicators[0].Value);
        Assert.Equal("矫正人员对矫正情况的认可度", p.Indicators[1].Basis);
        Assert.Equal("服务对象满意度指标", p.Indicators[1].Level2);
        Assert.Equal("满意度指标", p.Indicators[2].Level1);           // inherited across the page break
        Assert.Equal("服务对象满意度指标", p.Indicators[2].Level2);
        Assert.Equal("≥90 百分率", p.Indicators[2].Value);              // "百分 率" wrapped, the space after 90 is real
    }

    [Fact]
    public void A_header_shifted_one_column_right_still_reads_the_data_rows()
    {
        var text = PdfTextSeeds.Table(PlainPlan + "\n绩效目标⇥1.目标")
            .Replace("一级指标⇥二级指标", "⇥一级指标⇥二级指标", StringComparison.Ordinal);
        var p = Single(text, out var context);
        Row(p.Indicators[0], p.Indicators[0].SourceLine, "产出指标", "数量指标", "示例数量", "示例数量", "≥1 次", "年度工作计划");
        Assert.Empty(context.Unplaced);
    }

    [Fact]
    public void A_continuation_row_with_nothing_above_it_is_reported()
    {
        var p = Single(PdfTextSeeds.Table(PlainPlan + "\n绩效目标⇥1.目标", "⇥⇥⇥⇥⇥认可度⇥"), out var context);
        Assert.Empty(p.Indicators);
        var row = Assert.Single(context.Unplaced);
        Assert.Equal("\t\t\t\t\t认可度\t", row.Text);
    }

    [Fact]
    public void A_cell_outside_every_indicator_column_is_reported_and_the_row_kept()
    {
        var p = Single(PdfTextSeeds.Table(PlainPlan + "\n绩效目标⇥1.目标", "产出指标⇥数量指标⇥示例⇥示例⇥≥1 次⇥计划⇥多余"), out var context);
        Assert.Single(p.Indicators);
        Assert.Contains("多余", Assert.Single(context.Unplaced).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_amounts_and_blank_values_are_null()
    {
        var text = PdfTextSeeds.Table(PlainPlan + "\n绩效目标⇥1.目标", "产出指标⇥数量指标⇥示例⇥⇥⇥计划⇥")
            .Replace("其中：财政资金⇥10.00", "其中：财政资金⇥", StringComparison.Ordinal);
        var p = Single(text, out _);
        Assert.Equal("10.00", p.Budget.Total?.Text);
        Assert.Null(p.Budget.Fiscal);
        Assert.Null(p.Budget.Other);
        Assert.Null(p.Indicators[0].Description);
        Assert.Null(p.Indicators[0].Value);
        Assert.Null(p.Indicators[0].Target);
    }

    [Fact]
    public void Table_of_contents_lines_are_not_projects()
    {
        var text = "# 目 录\n\n1.示例项目绩效目标表.....⇥6\n2.另一项目绩效目标表.....⇥7\n\n" + PdfTextSeeds.Table(PlainPlan + "\n绩效目标⇥1.目标");
        var (document, _) = PdfTextSeeds.ReadSnippet(text);
        Assert.Equal("示例项目", Assert.Single(document.Projects).Name);
    }

    [Fact]
    public void A_table_without_项目名称_takes_the_name_from_its_title()
    {
        var text = PdfTextSeeds.Table(PlainPlan + "\n绩效目标⇥1.目标").Replace("⇥⇥项目名称⇥示例项目⇥⇥", "⇥⇥⇥⇥", StringComparison.Ordinal);
        var p = Single(text, out var context);
        Assert.Equal("示例项目", p.Name);
        Assert.Equal("13080024P00010310005F", p.Code);
        Assert.Empty(context.Unplaced);
    }
}
