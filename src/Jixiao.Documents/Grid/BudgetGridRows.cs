using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 预算公开表表头之下的各行，按单元格在网格里的列放：跨过编码列和名称列的“合计”格只放在它开始的那一列，数字留在
/// 它们自己的列里（不必像行文那样把左移了的数字挪回去）。续页重印的表头、栏次行、空行不算；编码列里丢了前导零的编码
/// 补回；一行里唯一一格以“注：”开头的是附注，作一格的行保留。每行记下它在原文中的位置。
/// </summary>
internal static class BudgetGridRows
{
    public static void Read(GridTable table, int tableNumber, BudgetGridHeader? header, int from, BudgetTableWords words,
        SourceLines lines, List<string?[]> rows, List<BudgetRowPlace?> places)
    {
        var codeColumns = header is null ? [] : Enumerable.Range(0, header.Columns.Count).Where(c => words.IsCodeHeader(header.Columns[c])).ToArray();
        for (var r = from; r < table.RowCount; r++)
        {
            var own = table.RowCells(r).Where(c => c.Row == r && !c.IsEmpty).ToList();
            if (own.Count == 0 || header?.IsRepeat(table, r) == true) continue;
            var first = own[0];
            if (own.Count == 1 && words.IsNote(TableRowCells.Compact(first.Text)))
            {
                rows.Add([first.Text]);
                places.Add(Place(first, tableNumber, r, lines));
                continue;
            }
            var cells = new string?[table.ColumnCount];
            foreach (var cell in own) cells[cell.Column] = cell.Text;
            if (IsColumnNumberRow(cells, words)) continue;
            foreach (var c in codeColumns)
                if (cells[c] is { } code) cells[c] = BudgetGridCodes.RestoreLostZeros(code);
            rows.Add(cells);
            places.Add(Place(first, tableNumber, r, lines));
        }
    }

    private static BudgetRowPlace Place(GridCell cell, int tableNumber, int row, SourceLines lines) =>
        new(cell.Page, tableNumber, row + 1, cell.Column + 1, lines.LineOf(cell),
            cell.Box is { } b ? new PrintedBox(b.Left, b.Bottom, b.Right, b.Top) : null);

    /// <summary>栏次行：“栏次”然后 1、2、3……，或只有连续的列号（至少三个）。</summary>
    public static bool IsColumnNumberRow(string?[] cells, BudgetTableWords words)
    {
        var expected = 1;
        var labelled = false;
        foreach (var cell in cells)
        {
            if (cell is null) continue;
            var t = TableRowCells.Compact(cell);
            if (expected == 1 && !labelled && words.IsColumnNumberLabel(t))
            {
                labelled = true;
                continue;
            }
            if (!int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number != expected)
                return false;
            expected++;
        }
        return expected > (labelled ? 1 : 3);
    }
}
