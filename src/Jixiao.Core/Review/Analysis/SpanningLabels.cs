using Jixiao.Core.Model;

namespace Jixiao.Core.Review.Analysis;

/// <summary>
/// 合计行的标签常常跨过全部标签列（科目编码（类/款/项）+ 科目名称，或 单位编码 + 单位名称）印成一个合并单元格；按行文
/// 读表时，这一行的数字会紧跟在标签后面，比其他各行左移了几列（上海：合计 26,159,863 落进“款”列；西安：合计 42,034,723.58
/// 落进“单位名称”列）。本类把这样的行移回其他各行印数字的列。
/// </summary>
/// <remarks>
/// 只在结构上没有疑问时移动：其他各行（至少两行）最早印数字的列是 F，这一行的标签之后第一个数字却在 F 之前的某列 T——
/// 那一列在其他各行里从不印数字，只能是标签列——且整行右移 F−T 列后没有数字越出表宽。移动过的行由
/// <see cref="BudgetTableView.RealignedRows"/> 标出，涉及它的结论最多是警告（读表不确定）。“数字”指带千分位或小数点
/// 的金额，整数编码（201、05、117001）不算，免得把编码列当成金额列。
/// </remarks>
public static class SpanningLabels
{
    public static string[][] Align(string[][] rows, int width, out IReadOnlySet<int> realigned)
    {
        var moved = new HashSet<int>();
        realigned = moved;
        var first = rows.Select(FirstAmountColumn).ToArray();
        for (var r = 0; r < rows.Length; r++)
        {
            var (label, t) = LabelThenAmount(rows[r]);
            if (label < 0 || t < 0) continue;
            var others = Enumerable.Range(0, rows.Length).Where(o => o != r && first[o] >= 0 && LabelThenAmount(rows[o]).Label < 0).Select(o => first[o]).ToList();
            if (others.Count < 2) continue;
            var f = others.Min();
            if (t >= f) continue;
            var shift = f - t;
            var last = Array.FindLastIndex(rows[r], c => c.Length > 0);
            if (last + shift >= width) continue;
            var row = new string[Math.Max(rows[r].Length, last + shift + 1)];
            Array.Fill(row, "");
            row[label] = rows[r][label];
            for (var c = label + 1; c < rows[r].Length; c++)
                if (rows[r][c].Length > 0) row[c + shift] = rows[r][c];
            rows[r] = row;
            moved.Add(r);
        }
        return rows;
    }

    /// <summary>A row that begins with a word (合计, 总计, 本年收入合计 …) directly followed by a figure: (label column, figure column).</summary>
    private static (int Label, int Amount) LabelThenAmount(string[] row)
    {
        var label = Array.FindIndex(row, c => c.Length > 0);
        if (label < 0 || WrittenDecimal.TryParse(row[label]) is not null || !IsTotalLabel(row[label])) return (-1, -1);
        var next = Array.FindIndex(row, label + 1, c => c.Length > 0);
        return next >= 0 && IsAmount(row[next]) ? (label, next) : (-1, -1);
    }

    private static bool IsTotalLabel(string label)
    {
        var l = BudgetTableView.StripNumbering(label);
        return l is "合计" or "总计" or "小计" or "合计数" or "总合计";
    }

    private static int FirstAmountColumn(string[] row)
    {
        for (var c = 0; c < row.Length; c++)
            if (IsAmount(row[c])) return c;
        return -1;
    }

    // A money figure as tables print it (千分位 or decimals); integer codes and 序号 are not.
    private static bool IsAmount(string cell) =>
        (cell.Contains(',', StringComparison.Ordinal) || cell.Contains('.', StringComparison.Ordinal)) && WrittenDecimal.TryParse(cell.Replace(",", "", StringComparison.Ordinal)) is not null;
}
