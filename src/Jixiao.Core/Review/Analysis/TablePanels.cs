namespace Jixiao.Core.Review.Analysis;

/// <summary>
/// 并排印的分栏表：基本支出表常把“人员经费”和“公用经费”左右两栏印在同一页（佛山、西安：301 … | 302 … | 310 …），每栏有自己的
/// 科目编码、科目名称和金额。同一行上的两栏互不相干，按行相加会把 302 的款算进 301。本类找出每一栏的编码列：表头或内容
/// 认定的编码列之外，还有别的列一半以上印的是科目编码（3/5/7 位）时，这些列各起一栏，每栏的金额列到下一栏的编码列为止。
/// </summary>
public static class TablePanels
{
    public static IReadOnlyList<int> CodeColumns(BudgetTableView t)
    {
        if (t.CodeColumn < 0) return [];
        var columns = new List<int> { t.CodeColumn };
        var width = t.Cells.Length == 0 ? 0 : t.Cells.Max(r => r.Length);
        for (var c = t.CodeColumn + 2; c < width; c++)
        {
            int codes = 0, nonEmpty = 0;
            foreach (var row in t.Cells)
            {
                if (c >= row.Length || row[c].Length == 0) continue;
                nonEmpty++;
                if (BudgetTableView.IsClassificationCode(row[c])) codes++;
            }
            // A second panel's code column holds codes in most of its filled cells, and at least two; an amount column
            // with a stray integer (301) does not.
            if (codes >= 2 && codes * 2 > nonEmpty) columns.Add(c);
        }
        return columns;
    }

    /// <summary>The columns of the panel that starts at code column <paramref name="panel"/>: up to the next panel's code column.</summary>
    public static (int From, int To) Extent(BudgetTableView t, int panel)
    {
        var width = t.Cells.Length == 0 ? 0 : t.Cells.Max(r => r.Length);
        var from = t.CodeColumns[panel];
        var to = panel + 1 < t.CodeColumns.Count ? t.CodeColumns[panel + 1] : width;
        return (from, to);
    }
}
