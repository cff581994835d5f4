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

    /// <summary>
    /// Reads a header whose merged cells are printed once (PDF extraction: “功能分类科目编码” over 类 | 款 | 项 is one cell,
    /// not one cell and two blanks). Each short row is laid over the row below it: a cell covers one column where the
    /// row below is blank there, or the whole run of filled cells below it (a heading over its sub-headings); a row that
    /// does not fit that way is split evenly when it can be, else its first cell takes the columns left over.
    /// </summary>
    public static BudgetTableHeader ReadSpanned(IReadOnlyList<string?[]> rows, int width)
    {
        var compacted = rows.Select(Compacted).ToList();
        // A sub-heading row printed without the blanks before it (小计 购置费 运行费) sits under the heading it belongs to.
        for (var r = 1; r < compacted.Count; r++)
            compacted[r] = UnderParent(compacted[r - 1], compacted[r]);
        var expanded = new string[compacted.Count][];
        for (var r = compacted.Count - 1; r >= 0; r--)
        {
            var row = compacted[r];
            expanded[r] = IsPositional(row, width) || r == compacted.Count - 1
                ? Pad(row, width)
                : Spread(row, expanded[r + 1], width);
        }
        return new BudgetTableHeader(compacted, Flatten([.. expanded]));
    }

    /// <summary>
    /// A row with no leading blank and fewer cells than the row above is moved under the cell above it belongs to:
    /// the one sharing most words with it, helped by what the ministry's tables put under what (类/款/项 under 编码,
    /// 人员经费/公用经费 under 基本支出, 合计/基本支出/项目支出 under 预算数, 购置费/运行费 under 公务用车…).
    /// </summary>
    private static string[] UnderParent(string[] above, string[] row)
    {
        var used = TrimmedLength(row);
        var aboveUsed = TrimmedLength(above);
        if (used == 0 || row[0].Length == 0 || used >= aboveUsed) return row;
        var best = -1;
        var bestScore = 0;
        for (var c = 0; c < aboveUsed; c++)
        {
            if (above[c].Length == 0) continue;
            var score = Affinity(above[c], row.Take(used));
            if (score > bestScore) { best = c; bestScore = score; }
        }
        if (best <= 0) return row;
        var shifted = new string[best + used];
        Array.Fill(shifted, "");
        Array.Copy(row, 0, shifted, best, used);
        return shifted;
    }

    private static int Affinity(string parent, IEnumerable<string> children)
    {
        var score = 0;
        foreach (var child in children)
        {
            if (child.Length == 0) continue;
            if (child is "类" or "款" or "项" && parent.Contains("编码", StringComparison.Ordinal)) score += 10;
            if ((child.Contains("人员经费", StringComparison.Ordinal) || child.Contains("公用经费", StringComparison.Ordinal)) && parent.Contains("基本支出", StringComparison.Ordinal)) score += 10;
            if ((child.Contains("合计", StringComparison.Ordinal) || child.Contains("支出", StringComparison.Ordinal)) && (parent.Contains("预算数", StringComparison.Ordinal) || parent.Contains("金额", StringComparison.Ordinal))) score += 5;
            if ((child.Contains("购置", StringComparison.Ordinal) || child.Contains("运行", StringComparison.Ordinal)) && parent.Contains("公务用车", StringComparison.Ordinal)) score += 10;
            foreach (var ch in child.Distinct())
                if (ch is not ('费' or '支' or '出' or '预' or '算' or '数') && parent.Contains(ch)) score++;
        }
        return score;
    }

    /// <summary>How many columns the header names at its lowest level: each row's cells, the row below replacing the one cell above it.</summary>
    public static int LeafCount(IReadOnlyList<string?[]> rows)
    {
        var compacted = rows.Select(Compacted).ToList();
        var leaves = TrimmedLength(compacted[0]);
        for (var r = 1; r < compacted.Count; r++)
        {
            var row = UnderParent(compacted[r - 1], compacted[r]);
            var used = TrimmedLength(row);
            var above = TrimmedLength(compacted[r - 1]);
            var filled = row.Take(used).Count(c => c.Length > 0);
            // A sub-row under one heading adds its cells less the heading; a full row replaces the leaves.
            leaves = filled < above ? leaves + filled - 1 : Math.Max(leaves, used);
        }
        return leaves;
    }

    /// <summary>True when rows carry merged cells once: a row with no blank before or between its cells, narrower than the table.</summary>
    public static bool HasSpannedCells(IReadOnlyList<string?[]> rows, int width)
    {
        foreach (var row in rows)
            if (TableRowCells.Width(row) < width && !HasBlankInside(row) && TableRowCells.FilledCount(row) >= 1) return true;
        return false;
    }

    private static bool HasBlankInside(string?[] row)
    {
        var w = TableRowCells.Width(row);
        for (var i = 0; i < w; i++)
            if (row[i] is null) return true;
        return false;
    }

    private static bool IsPositional(string[] row, int width) => TrimmedLength(row) == width;

    private static string[] Pad(string[] row, int width)
    {
        var result = new string[width];
        for (var i = 0; i < width; i++) result[i] = i < row.Length ? row[i] : "";
        return result;
    }

    /// <summary>
    /// Lays a row with merged cells printed once over the (expanded) row below: a blank cell (merged down from above) or
    /// a cell over a blank takes one column; a cell over filled cells takes their whole run. When the row below is
    /// filled throughout, a repeated first name (项目 预算数 项目 预算数) marks where each upper cell's group begins.
    /// </summary>
    private static string[] Spread(string[] cells, string[] below, int width)
    {
        var result = new string[width];
        Array.Fill(result, "");
        var used = TrimmedLength(cells);
        var k = 0;
        var c = 0;
        for (; c < width && k < used;)
        {
            if (cells[k].Length == 0 || below[c].Length == 0) { result[c++] = cells[k++]; continue; }
            var start = c;
            while (c < width && below[c].Length > 0) c++;
            for (var i = start; i < c; i++) result[i] = cells[k];
            k++;
        }
        if (k == used && used > 0) return result;
        Array.Fill(result, "");
        var filled = cells.Where(x => x.Length > 0).ToList();
        if (filled.Count == 0) return result;
        // Groups begin where the row below repeats its first name.
        var starts = new List<int>();
        for (var i = 0; i < width; i++)
            if (below[i].Length > 0 && below[i] == below[0] && (i == 0 || below[i - 1] != below[0])) starts.Add(i);
        if (starts.Count == filled.Count)
        {
            for (var g = 0; g < starts.Count; g++)
                for (var i = starts[g]; i < (g + 1 < starts.Count ? starts[g + 1] : width); i++) result[i] = filled[g];
            return result;
        }
        if (width % filled.Count == 0)
        {
            var span = width / filled.Count;
            for (var i = 0; i < width; i++) result[i] = filled[i / span];
            return result;
        }
        var rest = filled.Count - 1;
        for (var i = 0; i < width; i++) result[i] = i < width - rest ? filled[0] : filled[i - (width - rest) + 1];
        return result;
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
