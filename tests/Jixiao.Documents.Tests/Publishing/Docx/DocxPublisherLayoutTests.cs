using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Core.Model;
using static Jixiao.Documents.Tests.Publishing.Docx.DocxReading;

namespace Jixiao.Documents.Tests.Publishing.Docx;

/// <summary>The layout rules on small hand-made documents, where each rule can be seen on its own.</summary>
public class DocxPublisherLayoutTests
{
    private static WrittenDecimal W(string text) => WrittenDecimal.TryParse(text)!.Value;

    private static Indicator Ind(string? level1, string? level2, string name, string? value) =>
        new() { Level1 = level1, Level2 = level2, Name = name, Value = value };

    private static TargetDocument Sample(Project project, OverallTarget? overall = null) => new()
    {
        Source = new DocumentSource("sample.txt", "test"),
        Department = new Department("900001", "某县司法局"),
        FiscalYear = 2025,
        MoneyUnit = MoneyUnit.TenThousandYuan,
        Overall = overall,
        Projects = [project],
    };

    private static Project SampleProject => new()
    {
        Unit = new BudgetUnit("900001", "某县司法局本级"),
        Code = "P001",
        Name = "法律援助",
        Budget = new ProjectBudget(W("35.00"), W("30.5"), null),
        Purpose = "用于法律援助案件补贴",
        SpendingPlan = new SpendingPlan([new(3, W("15")), new(6, W("30")), new(12, W("100"))]),
        Goals = ["应援尽援", "案件补贴按时发放"],
        Indicators =
        [
            Ind("产出指标", "数量指标", "办结案件数", "≥800件"),
            Ind("产出指标", "数量指标", "咨询人次", "≥1000人次"),
            Ind("产出指标", "质量指标", "错误率", null),
            Ind("满意度指标", "服务对象满意度指标", "受援人满意度", "≥99%"),
        ],
    };

    private static (Table Table, List<List<string>> Rows) ProjectTable(byte[] bytes, out Body body)
    {
        var docx = Open(bytes);
        body = docx.MainDocumentPart!.Document!.Body!;
        var table = TablesWithHeadings(body).Single(t => t.Heading.EndsWith("绩效目标表", StringComparison.Ordinal)).Table;
        return (table, [.. table.Elements<TableRow>().Select(RowTexts)]);
    }

    [Fact]
    public void Figures_are_printed_as_written_and_missing_ones_are_empty_cells()
    {
        var (_, rows) = ProjectTable(Publish(Sample(SampleProject)), out _);
        Assert.Equal(["项目编码", "P001", "项目名称", "法律援助"], rows[0]);
        Assert.Equal(["预算规模及资金用途", "预算数", "35.00", "其中：财政资金", "30.5", "其他资金", ""], rows[1]);
        Assert.Equal(["", "用于法律援助案件补贴"], rows[2]);
        Assert.Equal(["资金支出计划（%）", "3月底", "6月底", "10月底", "12月底"], rows[3]);
        Assert.Equal(["", "15%", "30%", "", "100%"], rows[4]);
        Assert.Equal(["绩效目标", "1.应援尽援\n2.案件补贴按时发放"], rows[5]);
        Assert.Equal(["一级指标", "二级指标", "三级指标", "指标值"], rows[6]);
        Assert.Equal(["", "质量指标", "错误率", ""], rows[9]);
    }

    [Fact]
    public void Budget_and_plan_labels_are_merged_over_their_two_rows_and_level2_merges_within_level1()
    {
        var (table, _) = ProjectTable(Publish(Sample(SampleProject)), out _);
        var firstCells = table.Elements<TableRow>().Select(r => VerticalMergeOf(r.Elements<TableCell>().First())).ToList();
        Assert.Equal([null, MergedCellValues.Restart, MergedCellValues.Continue, MergedCellValues.Restart, MergedCellValues.Continue, null, null], firstCells.Take(7));
        // 数量指标 covers two rows; 质量指标 and 服务对象满意度指标 stand alone (a one-row cell is not a merge).
        var level2 = table.Elements<TableRow>().Skip(7).Select(r => VerticalMergeOf(r.Elements<TableCell>().ElementAt(1))).ToList();
        Assert.Equal([MergedCellValues.Restart, MergedCellValues.Continue, null, null], level2);
        var level1 = table.Elements<TableRow>().Skip(7).Select(r => VerticalMergeOf(r.Elements<TableCell>().First())).ToList();
        Assert.Equal([MergedCellValues.Restart, MergedCellValues.Continue, MergedCellValues.Continue, null], level1);
    }

    [Fact]
    public void Unit_and_money_unit_lines_precede_the_table()
    {
        var bytes = Publish(Sample(SampleProject));
        using var docx = Open(bytes);
        var texts = docx.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        var title = texts.LastIndexOf("1.法律援助绩效目标表");
        Assert.Equal(["900001某县司法局本级", "单位：万元"], texts.Skip(title + 1).Take(2));
    }

    [Fact]
    public void Single_goal_is_unnumbered_and_absent_plan_and_overall_are_left_out()
    {
        var project = SampleProject with { Goals = ["只有一个目标"], SpendingPlan = null, Category = "特定目标类", Owner = "张三" };
        var bytes = Publish(Sample(project));
        var (_, rows) = ProjectTable(bytes, out var body);
        Assert.Equal(["项目类别", "特定目标类", "项目负责人", "张三"], rows[1]);
        Assert.DoesNotContain(rows, r => r[0] == "资金支出计划（%）");
        Assert.Contains(["绩效目标", "只有一个目标"], rows);
        var headings = body.Elements<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText).ToList();
        Assert.Equal(["第一部分 预算项目绩效目标"], headings);
    }

    [Fact]
    public void Overall_part_prints_the_three_official_headings_even_when_empty_and_the_toc_lists_them()
    {
        var overall = new OverallTarget { Goals = ["推进法治建设"], Measures = ["加强领导", "强化监督"] };
        var bytes = Publish(Sample(SampleProject, overall));
        using (var docx = Open(bytes))
            Assert.Empty(new OpenXmlValidator().Validate(docx));
        using var reopened = Open(bytes);
        // Only the displayed text (w:t), not the field instruction of the 目录.
        var texts = reopened.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => string.Concat(p.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>().Select(t => t.Text))).ToList();
        var part1 = texts.LastIndexOf("第一部分 部门整体绩效目标");
        Assert.Equal(["一、总体绩效目标", "推进法治建设", "二、分项绩效目标", "三、工作保障措施", "1.加强领导", "2.强化监督"], texts.Skip(part1 + 1).Take(6));
        // The 目录 (before the part itself) lists the parts and every project title.
        var contents = texts.IndexOf("目录");
        Assert.True(contents >= 0 && contents < part1);
        Assert.Equal(["第一部分 部门整体绩效目标", "一、总体绩效目标", "二、分项绩效目标", "三、工作保障措施", "第二部分 预算项目绩效目标", "1.法律援助绩效目标表"],
            texts.Skip(contents + 1).Take(6));
    }
}
