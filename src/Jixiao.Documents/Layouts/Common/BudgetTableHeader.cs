namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// The column header of a budget table: one or more header rows (two-level headers such as 收入 over 项目 / 预算数),
/// flattened into one name per column, "upper-lower" (收入-项目, 本年收入-财政拨款收入); a column whose upper cell
/// has nothing under it keeps the upper name (序号, 合计). Header words are written without the spaces PDF
/// extraction puts into them (项 目 → 项目). The 栏次 row (1, 2, 3 … numbering the columns) is not a header row.
/// </summary>
internal sealed class BudgetTableHeader
{
    private readonly List<string[]> _rows;

    private BudgetTableHeader(List<string[]> rows, IReadOnlyList<string> columns)
    {
        _rows = rows;
        Columns = columns;
    }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>All header cells, as printed, to look for the 单位 a header states (价值（金额单位：万元）).</summary>
    public IEnumerable<string> Cells => _rows.SelectMany(r => r).Where(c => c.Length > 0);

    /// <summary>
    /// Reads the header rows starting at <paramref name="rows"/>[0]: the first table row, then further rows while
    /// they hold no figures and fill cells under a heading that spans several columns. Returns how many rows it
    /// took (the 栏次 row included).
    /// </summary>
    public static BudgetTableHeader Read(IReadOnlyList<string?[]> rows, out int taken)
    {
        var header = new List<string[]> { Compacted(rows[0]) };
        taken = 1;
        while (taken < rows.Count && header.Count < 3)
        {
            var row = rows[taken];
            if (IsColumnNumberRow(row))
            {
                taken++;
                break;
            }
            if (!IsSubHeader(header[^1], row)) break;
            header.Add(Compacted(row));
            taken++;
        }
        return new BudgetTableHeader(header, Flatten(header));
    }

    /// <summary>A page's repeat of a header row (spacing may differ: "合 计" for "合计"), or the 栏次 row.</summary>
    public bool IsRepeat(string?[] cells)
    {
        if (IsColumnNumberRow(cells)) return true;
        foreach (var cell in cells)
            if (TableRowCells.IsNumber(cell)) return false; // a header holds no figures: most rows stop here
        var compacted = Compacted(cells);
        var width = TrimmedLength(compacted);
        foreach (var row in _rows)
            if (TrimmedLength(row) == width && row.AsSpan(0, width).SequenceEqual(compacted.AsSpan(0, width)))
                return true;
        return false;
    }

    /// <summary>The 栏次 row: "栏次" then 1, 2, 3 …, or only the consecutive column numbers.</summary>
    public static bool IsColumnNumberRow(string?[] cells)
    {
        var expected = 1;
        var labelled = false;
        foreach (var cell in cells)
        {
            if (cell is null) continue;
            if (expected == 1 && !labelled && TableRowCells.Compact(cell) is "栏次" or "行次")
            {
                labelled = true;
                continue;
            }
            if (!int.TryParse(cell, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                || number != expected) return false;
            expected++;
        }
        return expected > (labelled ? 1 : 3);
    }

    /// <summary>
    /// A lower header row: no figures, and it fills at least one cell that the row above leaves empty under a
    /// spanning heading (收入 ␣ over 项目 预算数).
    /// </summary>
    private static bool IsSubHeader(string[] above, string?[] row)
    {
        foreach (var cell in row)
            if (TableRowCells.IsNumber(cell)) return false;
        for (var i = 1; i < row.Length; i++)
            if (row[i] is not null && (i >= above.Length || above[i].Length == 0) && HasFilledLeft(above, i))
                return true;
        return false;
    }

    private static bool HasFilledLeft(string[] row, int index)
    {
        for (var i = Math.Min(index, row.Length) - 1; i >= 0; i--)
            if (row[i].Length > 0) return true;
        return false;
    }

    private static List<string> Flatten(List<string[]> rows)
    {
        var width = 0;
        foreach (var row in rows) width = Math.Max(width, TrimmedLength(row));
        var parts = new string[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            parts[r] = new string[width];
            for (var c = 0; c < width; c++)
            {
                var own = c < rows[r].Length ? rows[r][c] : "";
                // An upper row's heading spans rightwards over its empty cells, but not past a new heading above it.
                var startsAbove = r > 0 && c < width && parts[r - 1][c] != (c > 0 ? parts[r - 1][c - 1] : null);
                parts[r][c] = own.Length > 0 || r == rows.Count - 1 || c == 0 || startsAbove ? own : parts[r][c - 1];
            }
        }
        if (rows.Count >= 2) RepairSlippedLeaf(parts[^2], parts[^1]);
        var columns = new List<string>(width);
        for (var c = 0; c < width; c++)
        {
            var names = new List<string>(rows.Count);
            foreach (var level in parts)
                if (level[c].Length > 0 && (names.Count == 0 || names[^1] != level[c])) names.Add(level[c]);
            columns.Add(names.Count > 0 ? string.Join("-", names) : $"第{c + 1}列");
        }
        return columns;
    }

    /// <summary>
    /// PDF extraction sometimes puts a tall heading at the right edge of a group one cell too far left and the group's
    /// last lower heading one cell too far right (收入总表: 上年结转 over ␣, ␣ over 其他收入, while the figures of
    /// 上年结转 stand in the last column). A two-cell span whose first lower cell is empty but whose second is filled
    /// cannot be a real heading; when a group with lower headings precedes it, the lower heading goes back to that
    /// group and the tall heading takes the last column.
    /// </summary>
    private static void RepairSlippedLeaf(string[] upper, string[] lower)
    {
        for (var c = 1; c + 1 < upper.Length; c++)
        {
            var isTwoCellSpan = upper[c].Length > 0 && upper[c + 1] == upper[c] && (c + 2 >= upper.Length || upper[c + 2] != upper[c]);
            if (!isTwoCellSpan || upper[c] == upper[c - 1] || lower[c].Length > 0 || lower[c + 1].Length == 0) continue;
            var previousGroup = upper[c - 1];
            var isGroup = c >= 2 && upper[c - 2] == previousGroup && previousGroup.Length > 0;
            if (!isGroup || lower[c - 1].Length == 0) continue;
            var tall = upper[c];
            upper[c] = previousGroup;
            lower[c] = lower[c + 1];
            upper[c + 1] = tall;
            lower[c + 1] = "";
        }
    }

    private static string[] Compacted(string?[] cells)
    {
        var row = new string[cells.Length];
        for (var i = 0; i < cells.Length; i++) row[i] = TableRowCells.Compact(cells[i]);
        return row;
    }

    private static int TrimmedLength(string[] row)
    {
        var w = row.Length;
        while (w > 0 && row[w - 1].Length == 0) w--;
        return w;
    }
}
