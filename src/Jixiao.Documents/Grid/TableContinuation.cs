using Jixiao.Documents.Text;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 跨页续排的表格接成一张（PDF）：某页的第一个块是表格，上一页的最后一个块也是表格，两者左右边缘对齐，
/// 则后者是前者的续表。续表开头重复的表头行去掉；被分页切断的单元格（上一页末行“下方开口”、本页首行“上方开口”
/// 且左右边界相同）合成一个单元格。两页的列按框线的横坐标对齐（取两表列边界的并集），所以续页多画或少画一条
/// 竖线也不会错列。新表的第一行与上一张表的第一行同为一个标签（如“项目名称”）而内容不同，则是新表，不接。
/// </summary>
public static class TableContinuation
{
    /// <summary>两表边缘相差不超过这么多磅，算对齐。</summary>
    private const double EdgeTolerance = 3;

    public static List<GridBlock> Join(IReadOnlyList<IReadOnlyList<GridBlock>> pages)
    {
        var result = new List<GridBlock>();
        IReadOnlyList<string> previousHeading = [];
        foreach (var page in pages)
        {
            var heading = Heading(page);
            var first = FirstTable(page, previousHeading);
            previousHeading = heading;
            if (first >= 0 && page[first] is GridTable candidate && LastTable(result) is var (at, previous)
                && candidate.Page > previous.LastPage && WithOverflow(page, first, candidate) is var next && Continues(previous, next))
            {
                // The running title repeated above the continued part is page furniture, not content.
                using (Diagnostics.StageTimes.Measure("grid: merge")) result[at] = Merge(previous, next);
                for (var i = first + 1; i < page.Count; i++) result.Add(page[i]);
                continue;
            }
            result.AddRange(page);
        }
        return result;
    }

    /// <summary>The texts of the paragraphs a page starts with, before its first table.</summary>
    private static IReadOnlyList<string> Heading(IReadOnlyList<GridBlock> page) =>
        [.. page.TakeWhile(b => b is GridParagraph).Select(b => ((GridParagraph)b).Text)];

    /// <summary>
    /// The index of the page's first table when nothing but text beside it comes first: paragraphs are sorted by
    /// their top edge, and loose text printed beside a table (a label column drawn without borders) sorts after the
    /// table's top; a paragraph above the table (a title) means a new table. -1 otherwise.
    /// </summary>
    private static int FirstTable(IReadOnlyList<GridBlock> page, IReadOnlyList<string> previousHeading)
    {
        var table = page.OfType<GridTable>().FirstOrDefault();
        for (var i = 0; i < page.Count; i++)
        {
            if (page[i] is GridTable) return i;
            // A running title every page repeats (政策和项目预算绩效目标表 (2026年度)) does not end the table, nor does
            // the clipped text of a cell cut by the page break printed just above it.
            if (page[i] is not GridParagraph p || !previousHeading.Contains(p.Text) && (table is null || OverflowCell(p, table) is null)) return -1;
        }
        return -1;
    }

    /// <summary>
    /// A short paragraph printed just above the table (within three lines) over an empty cell of its first row: the
    /// producer laid a merged cell's text out over the whole cell and clipped it at the page break, so the words of the
    /// part on this page stand above the table. That cell, or null.
    /// </summary>
    private static GridCell? OverflowCell(GridParagraph p, GridTable table)
    {
        if (p.Box is not { } box || table.Box is not { } top || p.Text.Length > 12) return null;
        var height = box.Top - box.Bottom;
        if (box.Bottom < top.Top - 1 || box.Bottom - top.Top > 3 * Math.Max(height, 8)) return null;
        var middle = (box.Left + box.Right) / 2;
        return table.RowCells(0).FirstOrDefault(c => c.Row == 0 && c.IsEmpty && c.Box is { } b && b.Left <= middle && middle <= b.Right);
    }

    /// <summary>The table with the overflow paragraphs above it put into their cells.</summary>
    private static GridTable WithOverflow(IReadOnlyList<GridBlock> page, int first, GridTable table)
    {
        var filled = table;
        for (var i = 0; i < first; i++)
            if (page[i] is GridParagraph p && OverflowCell(p, filled) is { } cell)
                filled = GridTable.Create(filled.Cells.Select(c => ReferenceEquals(c, cell) ? c with { Text = p.Text } : c), filled.Box);
        return filled;
    }

    /// <summary>
    /// The last table of what was read so far, when only text printed beside it (within its vertical extent on its
    /// last page) follows it; null when a paragraph below it (a note, the next title) ends it.
    /// </summary>
    private static (int At, GridTable Table)? LastTable(List<GridBlock> result)
    {
        for (var i = result.Count - 1; i >= 0; i--)
        {
            if (result[i] is GridTable table) return (i, table);
            if (result[i] is not GridParagraph p || !Beside(p, result, i)) return null;
        }
        return null;
    }

    /// <summary>The paragraph lies within the vertical extent of the nearest table before it on the same page.</summary>
    private static bool Beside(GridParagraph p, List<GridBlock> result, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (result[i] is not GridTable t) continue;
            if (t.LastPage != p.Page || p.Box is not { } box) return false;
            var bottom = LastPageBottom(t);
            return bottom is { } b && box.Bottom >= b - EdgeTolerance;
        }
        return false;
    }

    /// <summary>The bottom edge of the table on its last page.</summary>
    private static double? LastPageBottom(GridTable t)
    {
        double? bottom = null;
        foreach (var c in t.Cells)
            if (c.Page == t.LastPage && c.Box is { } box) bottom = bottom is { } b ? Math.Min(b, box.Bottom) : box.Bottom;
        return bottom;
    }

    private static bool Continues(GridTable previous, GridTable next)
    {
        if (previous.Box is not { } a || next.Box is not { } b) return false;
        if (Math.Abs(a.Right - b.Right) > EdgeTolerance || b.Left < a.Left - EdgeTolerance) return false;
        // Every column border of the next part lines up with a border of the table so far (a label column the
        // first page drew may be missing on the next: its left edge then lies inside, on a border).
        var borders = Boundaries(previous.Cells);
        foreach (var x in Boundaries(next.Cells))
            if (!borders.Any(y => Math.Abs(x - y) <= EdgeTolerance)) return false;
        // A new form of the same kind starts with the same label and another value: 项目名称 | A → 项目名称 | B.
        var first = previous.OwnTexts(0);
        var head = next.OwnTexts(0);
        // A title drawn inside the table's first row (办公楼租金项目绩效目标表) starts a new table.
        if (head is [var only] && next.RowCells(0).Count == 1 && HeaderVocabulary.Default.KindOfTitle(only) is not null) return false;
        if (head.Count > 0 && HeaderVocabulary.Default.FormLabel(head[0]) == "ProjectName" && !next.RowCells(0).Any(c => c.OpenAbove)) return false;
        if (first.Count >= 2 && head.Count >= 2 && first[0] == head[0] && !first.SequenceEqual(head)
            && !next.RowCells(0).Any(c => c.OpenAbove))
            return false;
        // The whole part repeats the table from its first row (a page put in twice): a second printing, which the
        // review notes as such, not more rows of the same table. A continuation repeats at most its header.
        if (PrintedAgain(previous, next)) return false;
        return true;
    }

    /// <summary>Every row of <paramref name="next"/> is the same row of <paramref name="previous"/>, beyond a header's few rows.</summary>
    private static bool PrintedAgain(GridTable previous, GridTable next)
    {
        if (next.RowCount <= 4 || next.RowCount > previous.RowCount) return false;
        for (var r = 0; r < next.RowCount; r++)
            if (!previous.OwnTexts(r).SequenceEqual(next.OwnTexts(r))) return false;
        return true;
    }

    private static GridTable Merge(GridTable previous, GridTable next)
    {
        var xs = Boundaries(previous.Cells.Concat(next.Cells));
        var cells = new List<GridCell>();
        foreach (var cell in previous.Cells) cells.Add(Place(cell, cell.Row, xs));
        var offset = previous.RowCount;
        var skipRows = RepeatedHeaderRows(previous, next);
        foreach (var cell in next.Cells)
        {
            if (cell.Row < skipRows) continue;
            var placed = Place(cell, cell.Row - skipRows + offset, xs);
            if (skipRows == 0 && cell.Row == 0 && cell.OpenAbove)
            {
                var cut = cells.FindIndex(c => c.OpenBelow && c.LastRow == offset - 1 && c.Column == placed.Column && c.ColumnSpan == placed.ColumnSpan);
                if (cut >= 0)
                {
                    var upper = cells[cut];
                    cells[cut] = upper with
                    {
                        RowSpan = upper.RowSpan + placed.RowSpan,
                        Text = Join(upper.Text, placed.Text),
                        OpenBelow = placed.OpenBelow,
                    };
                    continue;
                }
            }
            cells.Add(placed);
        }
        return GridTable.Create(cells, previous.Box);
    }

    /// <summary>续表开头与首表开头逐行相同的行数（重复印出的表头）。</summary>
    private static int RepeatedHeaderRows(GridTable previous, GridTable next)
    {
        var rows = 0;
        while (rows < previous.RowCount && rows < next.RowCount && rows < 4)
        {
            var a = previous.OwnTexts(rows);
            var b = next.OwnTexts(rows);
            if (a.Count == 0 || !a.SequenceEqual(b)) break;
            rows++;
        }
        return rows;
    }

    /// <summary>
    /// 被分页切开的单元格两半的文字连起来；两半印的是同一个词（“质量指标”这样的标签在每一页的那一半里各居中印一次）时只取一次。
    /// </summary>
    private static string Join(string head, string tail) =>
        head.Length == 0 ? tail : tail.Length == 0 ? head
        : TextNormalizer.RemoveWhitespace(head) == TextNormalizer.RemoveWhitespace(tail) ? head : head + tail;

    /// <summary>两表所有单元格左右边界的横坐标，相近的并为一个，升序。</summary>
    private static List<double> Boundaries(IEnumerable<GridCell> cells)
    {
        // Every continued page merges the whole table so far again: one list of edges, no array per cell.
        var all = new List<double>();
        foreach (var c in cells)
            if (c.Box is { } box)
            {
                all.Add(box.Left);
                all.Add(box.Right);
            }
        all.Sort();
        var result = new List<double>();
        foreach (var x in all)
            if (result.Count == 0 || x - result[^1] > EdgeTolerance) result.Add(x);
        return result;
    }

    private static GridCell Place(GridCell cell, int row, List<double> xs)
    {
        if (cell.Box is not { } box) return cell with { Row = row };
        var first = Nearest(xs, box.Left);
        var last = Math.Max(first, Nearest(xs, box.Right) - 1);
        return cell with { Row = row, Column = first, ColumnSpan = last - first + 1 };
    }

    /// <summary>The index of the boundary nearest to <paramref name="x"/> (the lower one on a tie); xs ascending.</summary>
    private static int Nearest(List<double> xs, double x)
    {
        var i = xs.BinarySearch(x);
        if (i >= 0) return i;
        var above = ~i;
        if (above == 0) return 0;
        if (above == xs.Count) return xs.Count - 1;
        return xs[above] - x < x - xs[above - 1] ? above : above - 1;
    }
}
