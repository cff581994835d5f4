namespace Jixiao.Core.Review.Analysis;

/// <summary>
/// A 功能分类 row of a budget table: its code (3/5/7 digits; a code printed over 类/款/项 columns, 201 | 06 | 01, or
/// with its name in one cell, 2040601-行政运行, is joined), its name and its 合计. Names compare with
/// <see cref="SameName"/>: whitespace, （项） and the variant 其它/其他 do not make two names different.
/// </summary>
public sealed record ClassificationRow(BudgetTableView Table, int Row, string Code, string Name, int TotalColumn, decimal? Total)
{
    public static IReadOnlyList<ClassificationRow> Of(BudgetTableView t)
    {
        var result = new List<ClassificationRow>();
        var total = t.ColumnOf(ColumnRole.Total);
        for (var r = 0; r < t.RowCount; r++)
        {
            var cells = t.Cells[r];
            for (var c = 0; c < cells.Length; c++)
            {
                var (code, name, next) = CodeAt(cells, c);
                if (code is null) continue;
                if (name is null)
                    for (; next < cells.Length; next++)
                        if (cells[next].Length > 0) { name = WrittenDecimalOrNull(cells[next]) is null ? cells[next] : null; next++; break; }
                if (name is null) break;
                var col = total > next - 1 ? total : FirstAmountFrom(t, r, next);
                result.Add(new ClassificationRow(t, r, code, name, col, col >= 0 ? t.Amount(r, col) : null));
                break;
            }
        }
        return result;
    }

    public static bool SameName(string a, string b) => Key(a) == Key(b);

    public static string Key(string name) => ReviewText.Normalize(name).Replace("其它", "其他", StringComparison.Ordinal)
        .Replace("(项)", "", StringComparison.Ordinal).Replace("(款)", "", StringComparison.Ordinal).Replace("(类)", "", StringComparison.Ordinal)
        .Trim('"', '“', '”');

    private static (string? Code, string? Name, int Next) CodeAt(string[] cells, int c)
    {
        var cell = cells[c];
        if (cell.Length == 0) return (null, null, c);
        if (BudgetTableView.IsClassificationCode(cell) && cell[0] == '2')
        {
            var code = cell;
            var k = c + 1;
            while (code.Length < 7 && k < cells.Length && cells[k].Length == 2 && char.IsAsciiDigit(cells[k][0]) && char.IsAsciiDigit(cells[k][1]))
                code += cells[k++];
            return (code, null, k);
        }
        // 2040601-行政运行 in one cell.
        var i = 0;
        while (i < cell.Length && char.IsAsciiDigit(cell[i])) i++;
        if (i is 3 or 5 or 7 && cell[0] == '2' && i < cell.Length && cell[i] is '-' or '－' or '—' && i + 1 < cell.Length)
            return (cell[..i], cell[(i + 1)..], c + 1);
        return (null, null, c);
    }

    private static int FirstAmountFrom(BudgetTableView t, int row, int from)
    {
        for (var c = from; c < t.Cells[row].Length; c++)
            if (t.Amount(row, c) is not null) return c;
        return -1;
    }

    private static decimal? WrittenDecimalOrNull(string cell) => Jixiao.Core.Model.WrittenDecimal.TryParse(cell)?.Value;
}
