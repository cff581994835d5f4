using Jixiao.Core.Model;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.Spreadsheet;

/// <summary>The labelled head of a project table, titles, and rows that cannot be placed.</summary>
public class SpreadsheetFormTests
{
    [Fact]
    public void Head_labels_are_found_whatever_blank_cells_lie_between()
    {
        var (result, context) = Sheet.ReadText(
            "2024年度运转类项目绩效目标表\n单位：元\n" +
            "项目名称\t\t办公经费\t\t项目负责人及电话\t\t\t王五\n" +
            "主管部门\t\t某局\t实施单位\t\t\t某所\n" +
            "资金情况（元）\t年度资金总额：\t\t1,200.50\n\t其中：财政拨款\t\t1000\n\t其他资金\t\t200.50\n" +
            "总体目标\t年度目标\t1.保障运转 2.提高效率\n" +
            "绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t指标权重\n" +
            "\t产出指标\t数量指标\t保障人数\t≥\t10人\t100\n");
        Assert.Empty(context.Unplaced);
        var p = Assert.Single(result.Document.Projects);
        Assert.Equal(("办公经费", "运转类", "王五", (string?)null), (p.Name, p.Category, p.Owner, p.Phone));
        Assert.Equal(("某局", "某所"), (p.Supervisor, p.Implementer));
        Assert.Equal(("1200.50", "1000", "200.50"), (p.Budget.Total?.Text, p.Budget.Fiscal?.Text, p.Budget.Other?.Text));
        Assert.Equal(MoneyUnit.Yuan, p.MoneyUnit);
        Assert.Equal(["保障运转", "提高效率"], p.Goals);
        // No 预算年度 line: the year comes from the title.
        Assert.Equal(2024, result.Document.FiscalYear);
        Assert.Null(result.Document.Department);
        Assert.Null(result.Document.Overall);
    }

    [Fact]
    public void A_phone_without_a_name_leaves_the_owner_empty()
    {
        var (result, _) = Sheet.ReadText(Sheet.ProjectHead.Replace("张三 023-12345678", "023-12345678", StringComparison.Ordinal));
        Assert.Equal(((string?)null, "023-12345678"), (result.Document.Projects[0].Owner, result.Document.Projects[0].Phone));
    }

    [Fact]
    public void A_title_without_a_class_gives_no_category()
    {
        var (result, _) = Sheet.ReadText(Sheet.ProjectHead.Replace("2023年特定目标类项目绩效目标表", "项目绩效目标表", StringComparison.Ordinal));
        Assert.Null(result.Document.Projects[0].Category);
    }

    [Fact]
    public void Rows_that_cannot_be_placed_are_reported_with_their_lines()
    {
        var (result, context) = Sheet.ReadText(
            "某段说明文字\n" + Sheet.ProjectHead +
            "\t产出指标\t数量指标\t\t≥\t600件\t50\n" +          // operator, no name
            "\t\t\t办案数量\t≥\t600件\t备注\t另一备注\t50\n" +    // cells beyond value and weight
            "\t\t\t结案率\t≥\t95%\t50\n");
        Assert.Equal([1, 12, 13], context.Unplaced.Select(u => u.Line));
        Assert.All(context.Unplaced, u => Assert.False(string.IsNullOrEmpty(u.Reason)));
        var i = Assert.Single(result.Document.Projects[0].Indicators);
        Assert.Equal(("产出指标", "数量指标", "结案率"), (i.Level1, i.Level2, i.Name));
    }

    [Fact]
    public void A_project_table_without_a_name_is_reported_not_invented()
    {
        var (result, context) = Sheet.ReadText(Sheet.ProjectHead.Replace("项目名称\t测试项目\t", "项目名称\t\t", StringComparison.Ordinal) + "\t产出指标\t数量指标\t办案\t≥\t5件\t100\n");
        Assert.Empty(result.Document.Projects);
        var u = Assert.Single(context.Unplaced);
        Assert.Equal(1, u.Line);
        Assert.Contains("项目名称", u.Reason);
    }

    [Fact]
    public void Remarks_in_其他说明_are_reported()
    {
        var (result, context) = Sheet.ReadText(
            "部门（单位）整体支出绩效目标申报表\n预算年度:2024\n预算（单位）名称：某县司法局\n单位：万元\n" +
            "部门整体绩效情况\t整体绩效目标\t做好工作\n" +
            "\t一级指标\t二级指标\t三级指标\t绩效指标性质\t绩效指标值\t绩效度量单位\t权重\n" +
            "\t产出指标\t数量指标\t办案\t≥\t5\t件\t100\n" +
            "其他说明\t无其他说明\n");
        Assert.Equal(8, Assert.Single(context.Unplaced).Line);
        var doc = result.Document;
        Assert.Equal((2024, "某县司法局"), (doc.FiscalYear, doc.Department?.Name));
        Assert.Equal(["做好工作"], doc.Overall!.Goals);
        Assert.Null(doc.Overall.Funds);
        Assert.Equal("5件", Assert.Single(doc.Overall.Indicators).Value);
    }
}
