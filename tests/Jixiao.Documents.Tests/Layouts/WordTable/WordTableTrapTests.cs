using Jixiao.Core.Model;
using Jixiao.Core.Values;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.WordTable;

/// <summary>The irregular shapes of Word exports, each on a small snippet ("⇥" = tab).</summary>
public class WordTableTrapTests
{
    // The indicator header row, then the blank line that ends it.
    private const string Header = "⇥一级指标\n⇥二级指标\n⇥三级指标\n⇥绩效指标描述\n⇥指标值\n⇥指标值确定依据\n\n";

    private static string Table(string unitLine, string name, string other = " ", string plan = "⇥15%\n⇥25%\n⇥75%\n⇥100%", string goals = "1.目标一", string rows = "") => $"""
        ⇥{unitLine}
        ⇥单位：万元

        ⇥项目编码
        ⇥1307 3023P0001
        ⇥项目名称
        ⇥{name}

        ⇥预算规模及资金用途
        ⇥预算数
        ⇥10.00
        ⇥其中：财政    资金
        ⇥8.00
        ⇥其他资金
        ⇥{other}

        ⇥
        ⇥购买设备

        ⇥资金支出计划（%）
        ⇥3月底
        ⇥6月底
        ⇥10月底
        ⇥12月底

        ⇥
        {plan}

        ⇥绩效目标
        ⇥{goals}

        {Header}{rows}
        """;

    private const string TwoRows = """
        ⇥产出指标
        ⇥数量指标
        ⇥购置设备
        ⇥购置设备数量
        ⇥≤2台
        ⇥2025年工作计划

        ⇥
        ⇥
        ⇥设备验收
        ⇥验收合格
        ⇥进一步保障
        ⇥2025年工作计划
        """;

    [Fact]
    public void Untitled_table_glued_to_the_previous_one_is_a_project_of_its_own()
    {
        // The second table has no title and its unit line (" ⇥100001某某局") follows the first table's last cell directly.
        var text = "1.甲项目绩效目标表\n" + Table("100001某某局", "甲项目", rows: TwoRows) + "\n " + Table("100001某某局", "乙项目", rows: TwoRows);
        var (doc, context) = WordTableSeeds.ReadSnippet(text);
        Assert.Empty(context.Unplaced);
        Assert.Equal(["甲项目", "乙项目"], doc.Projects.Select(p => p.Name));
        Assert.All(doc.Projects, p => Assert.Equal(2, p.Indicators.Count));
        Assert.All(doc.Projects, p => Assert.Equal(new BudgetUnit("100001", "某某局"), p.Unit));
        Assert.Equal("2025年工作计划", doc.Projects[0].Indicators[1].Basis); // not swallowed by the next table
        Assert.Equal(2, doc.Projects[0].SourceLine);
        Assert.Equal(2 + 54, doc.Projects[1].SourceLine); // the first table spans 54 lines
    }

    [Fact]
    public void Name_comes_from_the_title_only_when_the_table_prints_no_项目名称()
    {
        var table = Table("100001某某局", "X", rows: TwoRows).Replace("⇥项目名称\n⇥X\n", "", StringComparison.Ordinal);
        var (doc, _) = WordTableSeeds.ReadSnippet("3.]丙项目绩效目标表\n" + table);
        Assert.Equal("丙项目", doc.Projects.Single().Name);
    }

    [Fact]
    public void Merged_levels_inherit_from_the_row_above()
    {
        var rows = TwoRows + """


            ⇥效益指标
            ⇥
            ⇥群众受益
            ⇥受益面
            ⇥扩大
            ⇥经验
            """;
        var (doc, context) = WordTableSeeds.ReadSnippet(Table("100001某某局", "甲项目", rows: rows));
        Assert.Empty(context.Unplaced);
        var indicators = doc.Projects.Single().Indicators;
        Assert.Equal(("产出指标", "数量指标"), (indicators[1].Level1, indicators[1].Level2)); // both cells merged
        // A blank 二级指标 under a new 一级指标 cannot continue a merged cell from another group.
        Assert.Equal("效益指标", indicators[2].Level1);
        Assert.Null(indicators[2].Level2);
    }

    [Fact]
    public void Blank_其他资金_is_null_and_code_loses_its_whitespace()
    {
        var (doc, _) = WordTableSeeds.ReadSnippet(Table("100001某某局", "甲项目", rows: TwoRows));
        var p = doc.Projects.Single();
        Assert.Equal("13073023P0001", p.Code);
        Assert.Equal(("10.00", "8.00"), (p.Budget.Total?.Text, p.Budget.Fiscal?.Text));
        Assert.Null(p.Budget.Other);
        Assert.Equal("购买设备", p.Purpose);
    }

    [Fact]
    public void Written_其他资金_is_kept_as_written()
    {
        var (doc, _) = WordTableSeeds.ReadSnippet(Table("100001某某局", "甲项目", other: "2.00", rows: TwoRows));
        Assert.Equal("2.00", doc.Projects.Single().Budget.Other?.Text);
    }

    [Fact]
    public void Amount_that_is_not_a_number_is_reported_not_dropped()
    {
        var (doc, context) = WordTableSeeds.ReadSnippet(Table("100001某某局", "甲项目", other: "见附件", rows: TwoRows));
        Assert.Null(doc.Projects.Single().Budget.Other);
        var row = Assert.Single(context.Unplaced);
        Assert.Equal(("见附件", 15), (row.Text, row.Line));
    }

    [Fact]
    public void Spending_plan_keeps_percent_numbers_and_omits_blank_months()
    {
        var (doc, _) = WordTableSeeds.ReadSnippet(Table("100001某某局", "甲项目", plan: "⇥\n⇥30％\n⇥\n⇥100%", rows: TwoRows));
        var plan = doc.Projects.Single().SpendingPlan!;
        Assert.Equal([6, 12], plan.Points.Select(p => p.Month));
        Assert.Equal("30", plan[6]?.Text);
        Assert.Equal("100", plan[12]?.Text);
        Assert.Null(plan[3]);
    }

    [Fact]
    public void Spending_plan_is_null_when_every_month_is_blank()
    {
        var (doc, _) = WordTableSeeds.ReadSnippet(Table("100001某某局", "甲项目", plan: "⇥\n⇥\n⇥\n⇥", rows: TwoRows));
        Assert.Null(doc.Projects.Single().SpendingPlan);
    }

    [Theory]
    [InlineData("1.保障运转\n2.完成任务", new[] { "保障运转", "完成任务" })] // second item on a paragraph line of its own
    [InlineData(".保障运转", new[] { "保障运转" })]
    [InlineData("保障运转，完成2023年任务", new[] { "保障运转，完成2023年任务" })]
    public void Goals_numbered_or_not(string goals, string[] expected)
    {
        var (doc, _) = WordTableSeeds.ReadSnippet(Table("100001某某局", "甲项目", goals: goals, rows: TwoRows));
        Assert.Equal(expected, doc.Projects.Single().Goals);
    }

    [Fact]
    public void Qualitative_and_empty_values()
    {
        var rows = TwoRows + "\n\n⇥\n⇥\n⇥待定指标\n⇥\n⇥\n⇥";
        var (doc, _) = WordTableSeeds.ReadSnippet(Table("100001某某局", "甲项目", rows: rows));
        var indicators = doc.Projects.Single().Indicators;
        Assert.Equal(new TargetValue { Kind = TargetKind.Qualitative, Text = "进一步保障" }, indicators[1].Target);
        Assert.Null(indicators[2].Value);
        Assert.Null(indicators[2].Target);
        Assert.Null(indicators[2].Description);
        Assert.Null(indicators[2].Basis);
    }

    [Fact]
    public void Row_that_cannot_be_placed_is_reported_with_its_line()
    {
        var table = Table("100001某某局", "甲项目", rows: TwoRows).Replace("⇥绩效目标\n", "⇥备注说明\n⇥另见文件\n\n⇥绩效目标\n", StringComparison.Ordinal);
        var (doc, context) = WordTableSeeds.ReadSnippet(table);
        Assert.Equal(2, context.Unplaced.Count);
        Assert.Equal([32, 33], context.Unplaced.Select(u => u.Line));
        Assert.Equal(["备注说明", "另见文件"], context.Unplaced.Select(u => u.Text));
        Assert.Equal(["目标一"], doc.Projects.Single().Goals);
    }

    [Fact]
    public void Indicator_row_of_the_wrong_width_is_reported()
    {
        var rows = TwoRows + "\n\n⇥满意度指标\n⇥满意度\n⇥群众满意度";
        var (doc, context) = WordTableSeeds.ReadSnippet(Table("100001某某局", "甲项目", rows: rows));
        Assert.Equal(2, doc.Projects.Single().Indicators.Count);
        var row = Assert.Single(context.Unplaced);
        Assert.Contains("满意度指标", row.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_after_an_indicator_table_ends_it()
    {
        var text = Table("100001某某局", "甲项目", rows: TwoRows) + "\n\n第三部分 名词解释\n";
        var (doc, context) = WordTableSeeds.ReadSnippet(text);
        Assert.Empty(context.Unplaced);
        Assert.Equal("2025年工作计划", doc.Projects.Single().Indicators[1].Basis);
    }

    [Fact]
    public void Printed_department_line_wins_over_the_budget_unit()
    {
        var (doc, _) = WordTableSeeds.ReadSnippet("部门名称：324承德市司法局\n预算年度：2024\n\n" + Table("324001承德市司法局本级", "甲项目", rows: TwoRows));
        Assert.Equal(new Department("324", "承德市司法局"), doc.Department);
        Assert.Equal(2024, doc.FiscalYear);
        Assert.Equal(new BudgetUnit("324001", "承德市司法局本级"), doc.Projects.Single().Unit);
    }
}
