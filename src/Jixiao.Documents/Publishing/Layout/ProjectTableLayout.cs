using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// One 项目绩效目标表 as the Word writer lays it out: title <c>N.项目名称绩效目标表</c>, the 预算单位 line, the
/// 单位 line, then one table — 项目编码/项目名称, the other stated details two pairs a row, 预算规模及资金用途 merged
/// over the figures and the 资金用途 row, 资金支出计划（%） merged over the month labels and the shares (when the
/// project has a plan), 绩效目标, and the indicator header and rows.
/// </summary>
internal static class ProjectTableLayout
{
    /// <summary>Fewest grid columns: the figures row has label + 预算数/其中：财政资金/其他资金 with their values.</summary>
    private const int MinimumGridColumns = 7;

    // departmentWhenNoUnit: print the department on the unit line of a project without a 预算单位 (Word, PDF, HTML, as
    // always); the workbook passes false, so such a project reads back without one (docs/publishing-xlsx.md).
    public static void Add(List<LayoutBlock> blocks, TargetDocument document, Project project, int number, bool departmentWhenNoUnit = true)
    {
        blocks.Add(new TextBlock(TextRole.SectionHeading, $"{number}.{project.Name}绩效目标表"));
        var unit = TargetTableContent.UnitLine(document, project, departmentWhenNoUnit);
        var moneyUnit = project.MoneyUnit ?? document.MoneyUnit;
        if (unit is not null || moneyUnit is not null)
            blocks.Add(new TableCaptionBlock(unit, moneyUnit is { } m ? $"单位：{m.ToChinese()}" : null));

        var indicatorRows = new IndicatorRowsLayout(project.Indicators);
        var months = TargetTableContent.PlanMonths(project.SpendingPlan);
        var table = new TableBuilder(Math.Max(MinimumGridColumns, Math.Max(indicatorRows.Count, months.Count + 1)));
        table.AddRow([CellSpec.Header("项目编码"), CellSpec.Text(project.Code), CellSpec.Header("项目名称"), CellSpec.Text(project.Name)]);
        foreach (var pair in TargetTableContent.DetailPairs(project).Chunk(2))
            table.AddRow([.. pair.SelectMany(p => new[] { CellSpec.Header(p.Label), CellSpec.Text(p.Value) })]);
        table.AddRow(
        [
            CellSpec.Header("预算规模及资金用途", MergeRole.Restart),
            CellSpec.Header("预算数"), CellSpec.Text(project.Budget.Total?.Text),
            CellSpec.Header("其中：财政资金"), CellSpec.Text(project.Budget.Fiscal?.Text),
            CellSpec.Header("其他资金"), CellSpec.Text(project.Budget.Other?.Text),
        ]);
        table.AddRow([CellSpec.Continued(isHeader: true), CellSpec.Text(project.Purpose)]);
        if (project.SpendingPlan is { } plan)
        {
            table.AddRow([CellSpec.Header("资金支出计划（%）", MergeRole.Restart), .. months.Select(m => CellSpec.Header($"{m}月底"))]);
            table.AddRow([CellSpec.Continued(isHeader: true), .. months.Select(m => CellSpec.Text(plan[m] is { } p ? p.Text + "%" : null))]);
        }
        table.AddRow([CellSpec.Header("绩效目标"), new CellSpec(TargetTableContent.NumberedGoals(project.Goals))]);
        indicatorRows.AddRows(table, project.Indicators);
        blocks.Add(new TableBlock(table.Build()));
    }
}
