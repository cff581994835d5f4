using System.Globalization;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// Lays out one 项目绩效目标表: 项目名称/项目编码, 单位, 预算数 with 财政资金/其他资金, 资金用途,
/// 资金支出计划 (3月底/6月底/10月底/12月底), numbered 绩效目标, then the 绩效指标 table.
/// </summary>
internal static class ProjectSheetWriter
{
    /// <summary>The month-ends of the 资金支出计划 row, in the order the forms print them.</summary>
    public static readonly int[] PlanMonths = [3, 6, 10, 12];

    /// <summary>The sheet name wanted for the project at 1-based <paramref name="position"/>: "03 项目名称…".</summary>
    public static string SheetName(int position, int count, Project project)
    {
        var digits = count.ToString(CultureInfo.InvariantCulture).Length;
        return position.ToString("D" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + " " + project.Name;
    }

    public static SheetGrid Write(TargetDocument doc, Project project)
    {
        var grid = new SheetGrid();
        var year = doc.FiscalYear is { } y ? y.ToString(CultureInfo.InvariantCulture) + "年" : "";
        grid.AddRow(XlsxCell.Label(year + "项目绩效目标表"));
        if (project.Unit is { } unit)
            grid.AddRow(XlsxCell.Label("单位"), XlsxCell.Optional(unit.Code is null ? unit.Name : unit.Code + " " + unit.Name));
        var moneyUnit = project.MoneyUnit ?? doc.MoneyUnit;
        FormRows.Field(grid, "金额单位", XlsxCell.Optional(moneyUnit?.ToChinese()));
        grid.AddRow(XlsxCell.Label("项目名称"), XlsxCell.Plain(project.Name));
        FormRows.Field(grid, "项目编码", XlsxCell.Optional(project.Code));
        FormRows.Field(grid, "项目类别", XlsxCell.Optional(project.Category));
        FormRows.Field(grid, "项目负责人", XlsxCell.Optional(project.Owner));
        FormRows.Field(grid, "联系电话", XlsxCell.Optional(project.Phone));
        FormRows.Field(grid, "主管部门", XlsxCell.Optional(project.Supervisor));
        FormRows.Field(grid, "实施单位", XlsxCell.Optional(project.Implementer));
        // The three budget rows are always written, blank when not stated, so every sheet reads the same way.
        grid.AddRow(XlsxCell.Label("预算数"), XlsxCell.Figure(project.Budget.Total));
        grid.AddRow(XlsxCell.Label("其中：财政资金"), XlsxCell.Figure(project.Budget.Fiscal));
        grid.AddRow(XlsxCell.Label("其他资金"), XlsxCell.Figure(project.Budget.Other));
        FormRows.Field(grid, "资金用途", XlsxCell.Optional(project.Purpose));
        if (project.SpendingPlan is { } plan)
        {
            grid.AddRow([XlsxCell.Label("资金支出计划（%）"), .. PlanMonths.Select(m => (XlsxCell?)XlsxCell.Label(
                m.ToString(CultureInfo.InvariantCulture) + "月底"))]);
            grid.AddRow([null, .. PlanMonths.Select(m => XlsxCell.Figure(plan[m]))]);
        }
        FormRows.Numbered(grid, "绩效目标", project.Goals);
        if (project.Indicators.Count > 0)
        {
            grid.Skip();
            IndicatorTableWriter.Write(grid, project.Indicators);
        }
        return grid;
    }
}
