using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>
/// Writes one 项目绩效目标表: the title <c>N.项目名称绩效目标表</c>, the unit line (code and name of the
/// 预算单位), the 单位：万元 line, then one table — 项目编码/项目名称, 预算规模及资金用途 merged over the
/// figures row and the 资金用途 row, 资金支出计划（%） merged over the month labels and the percentages,
/// 绩效目标, and the indicator rows with their header.
/// </summary>
internal static class ProjectTableWriter
{
    /// <summary>Fewest grid columns: the figures row has label + 预算数/其中：财政资金/其他资金 with their values.</summary>
    private const int MinimumGridColumns = 7;

    public static void Write(Body body, TargetDocument document, Project project, int number, PageGeometry page)
    {
        body.Append(DocxParagraphs.Styled(DocxStyles.SectionHeading, $"{number}.{project.Name}绩效目标表"));
        var unit = Layout.TargetTableContent.UnitLine(document, project);
        if (unit is not null) body.Append(DocxParagraphs.Styled(DocxStyles.UnitLine, unit));
        var moneyUnit = project.MoneyUnit ?? document.MoneyUnit;
        if (moneyUnit is not null) body.Append(DocxParagraphs.Styled(DocxStyles.MoneyUnitLine, $"单位：{moneyUnit.Value.ToChinese()}"));

        var indicatorColumns = new IndicatorColumns(project.Indicators);
        var months = Layout.TargetTableContent.PlanMonths(project.SpendingPlan);
        var grid = Math.Max(MinimumGridColumns, Math.Max(indicatorColumns.Count, months.Count + 1));
        var table = new DocxTable(grid, page.TextWidth, page.LabelColumnWidth);

        table.AddRow([CellContent.Header("项目编码"), CellContent.Text(project.Code), CellContent.Header("项目名称"), CellContent.Text(project.Name)]);
        foreach (var pair in Layout.TargetTableContent.DetailPairs(project).Chunk(2))
            table.AddRow([.. pair.SelectMany(p => new[] { CellContent.Header(p.Label), CellContent.Text(p.Value) })]);

        table.AddRow(
        [
            CellContent.Header("预算规模及资金用途", MergeRole.Restart),
            CellContent.Header("预算数"), CellContent.Text(project.Budget.Total?.Text),
            CellContent.Header("其中：财政资金"), CellContent.Text(project.Budget.Fiscal?.Text),
            CellContent.Header("其他资金"), CellContent.Text(project.Budget.Other?.Text),
        ]);
        table.AddRow([CellContent.Continued(isHeader: true), CellContent.Text(project.Purpose)]);

        if (project.SpendingPlan is { } plan)
        {
            table.AddRow([CellContent.Header("资金支出计划（%）", MergeRole.Restart), .. months.Select(m => CellContent.Header($"{m}月底"))]);
            table.AddRow([CellContent.Continued(isHeader: true), .. months.Select(m => CellContent.Text(plan[m] is { } p ? p.Text + "%" : null))]);
        }

        table.AddRow([CellContent.Header("绩效目标"), new CellContent(Layout.TargetTableContent.NumberedGoals(project.Goals))]);
        indicatorColumns.AppendRows(table, project.Indicators);
        body.Append(table.Table);
    }
}
