using System.Globalization;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// Lays out the 部门整体绩效目标: 部门, 预算年度, the 申报表 funds (预算支出总额/基本支出/项目支出),
/// numbered 整体绩效目标, 分项绩效目标, 工作保障措施 and the weighted 年度绩效指标.
/// </summary>
internal static class OverallSheetWriter
{
    public const string SheetName = "整体目标";

    public static SheetGrid Write(TargetDocument doc, OverallTarget overall)
    {
        var grid = new SheetGrid();
        grid.AddRow(XlsxCell.Label("部门整体绩效目标"));
        if (doc.Department is { } department)
            grid.AddRow(XlsxCell.Label("部门"), XlsxCell.Plain(department.Code is null ? department.Name : department.Code + " " + department.Name));
        FormRows.Field(grid, "预算年度", XlsxCell.Optional(doc.FiscalYear?.ToString(CultureInfo.InvariantCulture)));
        FormRows.Field(grid, "金额单位", XlsxCell.Optional(doc.MoneyUnit?.ToChinese()));
        if (overall.Funds is { } funds)
        {
            grid.AddRow(XlsxCell.Label("预算支出总额"), XlsxCell.Figure(funds.Total));
            grid.AddRow(XlsxCell.Label("基本支出"), XlsxCell.Figure(funds.Basic));
            grid.AddRow(XlsxCell.Label("项目支出"), XlsxCell.Figure(funds.Project));
        }
        FormRows.Numbered(grid, "整体绩效目标", overall.Goals);
        if (overall.SubGoals.Count > 0)
        {
            grid.Skip();
            grid.AddRow(XlsxCell.Label("分项绩效目标"), XlsxCell.Label("绩效目标"), XlsxCell.Label("绩效指标"));
            foreach (var sub in overall.SubGoals)
                grid.AddRow(XlsxCell.Optional(sub.Title), XlsxCell.Optional(sub.Target), XlsxCell.Optional(sub.IndicatorText));
        }
        if (overall.Measures.Count > 0)
        {
            grid.Skip();
            FormRows.Numbered(grid, "工作保障措施", overall.Measures);
        }
        if (overall.Indicators.Count > 0)
        {
            grid.Skip();
            grid.AddRow(XlsxCell.Label("年度绩效指标"));
            IndicatorTableWriter.Write(grid, overall.Indicators);
        }
        return grid;
    }
}
