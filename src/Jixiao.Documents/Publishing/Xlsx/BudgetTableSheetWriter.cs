using System.Globalization;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// Lays out one 部门预算公开 table: title, 单位, the column headers, then the rows. Cells that are plain
/// decimals (the amounts) become number cells; codes such as 2040601 have leading digits that matter only
/// as text, so a cell in a column whose header names a code (科目编码/功能分类科目编码…) is always text.
/// </summary>
internal static class BudgetTableSheetWriter
{
    /// <summary>The sheet name wanted for the table at 1-based <paramref name="position"/>: "表3 一般公共预算支出表".</summary>
    public static string SheetName(int position, BudgetTable table) =>
        "表" + position.ToString(CultureInfo.InvariantCulture) + " " + table.Title;

    public static SheetGrid Write(BudgetTable table)
    {
        var grid = new SheetGrid();
        grid.AddRow(XlsxCell.Label(table.Title));
        if (table.Unit is { } unit) grid.AddRow(XlsxCell.Label("单位"), XlsxCell.Plain(unit.ToChinese()));
        grid.AddRow(table.Columns.Select(c => (XlsxCell?)XlsxCell.Label(c)).ToList());
        var isCode = table.Columns.Select(IsCodeColumn).ToList();
        foreach (var row in table.Rows)
            grid.AddRow(row.Select((cell, i) => i < isCode.Count && isCode[i] ? XlsxCell.Optional(cell) : XlsxCell.Figure(cell)).ToList());
        return grid;
    }

    /// <summary>科目编码, 编码, 代码 columns hold identifiers, never amounts.</summary>
    private static bool IsCodeColumn(string header) =>
        header.Contains("编码", StringComparison.Ordinal) || header.Contains("代码", StringComparison.Ordinal)
        || header.Contains("编号", StringComparison.Ordinal);
}
