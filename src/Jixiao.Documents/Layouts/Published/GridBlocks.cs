using Jixiao.Documents.Grid;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Published;

/// <summary>
/// 中性模型里的段落和表格，换成已出版版式的读取者（<see cref="PublishedWordState"/>、<see cref="PublishedOverall"/>、
/// <see cref="PublishedProjectTable"/>）读的块：段落照旧；表格每行是各格的文字，合并格只在它开始的那一行有字，
/// 从上面跨下来的位置是空串（与 .docx 的 vMerge 续格一样）。中性模型的栏号是紧凑的（没有格开始的栏被去掉），
/// 所以空格的位置要另外找回：
/// <list type="bullet">
/// <item>表头（一级指标……、公开表的栏名、3月底……）以下的行，按表头的各格取值，空位给空串；</item>
/// <item>标签行（项目编码｜值｜项目名称｜值，预算数｜值……）里，标签后面紧跟另一个标签时，中间补一个空值。</item>
/// </list>
/// 只有一格文字的单行“表格”是一段文字（工作表里一块最后一行的单值行，见 Sources/Office/XlsxSheetGrid）。
/// </summary>
internal static class GridBlocks
{
    /// <summary>表样里的标签：其右边一格是它的值（值为空时，紧凑的栏号里这一格可能不在）。</summary>
    private static readonly HashSet<string> Labels = new(StringComparer.Ordinal)
    {
        "项目编码", "项目名称", "项目类别", "项目负责人", "联系电话", "主管部门", "实施单位", "预算数", "其中：财政资金", "其他资金",
    };

    public static List<WordBlockItem> Of(GridDocument grid, SourceText source)
    {
        var blocks = new List<WordBlockItem>();
        var lines = new LineFinder(source);
        foreach (var block in grid.Blocks)
        {
            switch (block)
            {
                case GridParagraph p when p.Text.Trim().Length > 0:
                    blocks.Add(new ParagraphItem(lines.Find(p.Text.Trim()), p.Text.Trim()));
                    break;
                case GridTable t when t.Cells.Count(c => c.Text.Trim().Length > 0) == 1 && t.RowCount == 1:
                    var text = t.Cells.First(c => c.Text.Trim().Length > 0).Text.Trim();
                    blocks.Add(new ParagraphItem(lines.Find(text), text));
                    break;
                case GridTable t when t.RowCount > 0:
                    var first = t.Cells.FirstOrDefault(c => c.Text.Trim().Length > 0)?.Text.Trim() ?? "";
                    blocks.Add(new TableItem(lines.Find(first), Rows(t), ParagraphsJoined: true));
                    break;
            }
        }
        return blocks;
    }

    private static List<List<string>> Rows(GridTable table)
    {
        var rows = new List<List<string>>(table.RowCount);
        IReadOnlyList<(int From, int To)>? template = null;
        var afterMonths = false;
        for (var r = 0; r < table.RowCount; r++)
        {
            List<string> row;
            if (template is not null) row = [.. template.Select(slot => TextAt(table, r, slot.From))];
            else
            {
                row = [.. table.RowCells(r).Select(c => c.Row == r ? c.Text.Trim() : "")];
                if (row.Count > 0 && row.Any(Labels.Contains)) row = WithEmptyValues(row);
            }
            rows.Add(row);
            var months = row.Count > 1 && row.Skip(1).All(c => c.EndsWith("月底", StringComparison.Ordinal));
            // A header gives the columns of the rows below it: the indicator header, the month row (3月底 …) for the
            // percentages, the first row of any table that is not a project form (总体资金情况, a disclosure table).
            if (months || row.Count > 0 && row[0] == "一级指标" || r == 0 && row.Count > 0 && row[0] != "项目编码")
                template = Slots(table, r);
            else if (afterMonths)
                template = null; // the percentages are read: 绩效目标 and what follows are label rows again
            afterMonths = months;
        }
        return rows;
    }

    /// <summary>The positions of a header row's cells: each cell from its first to its last column; an empty position alone.</summary>
    private static List<(int From, int To)> Slots(GridTable table, int row)
    {
        var slots = new List<(int, int)>();
        for (var c = 0; c < table.ColumnCount;)
        {
            var cell = table.CellAt(row, c);
            var last = cell?.LastColumn ?? c;
            slots.Add((c, last));
            c = last + 1;
        }
        return slots;
    }

    /// <summary>The text of the cell starting at (row, column); "" for an empty position or a cell spanned from above.</summary>
    private static string TextAt(GridTable table, int row, int column) =>
        table.CellAt(row, column) is { } cell && cell.Row == row ? cell.Text.Trim() : "";

    /// <summary>标签｜值 pairs: a label followed by another label (or by nothing) had an empty value.</summary>
    private static List<string> WithEmptyValues(List<string> row)
    {
        var result = new List<string>(row.Count + 4);
        for (var i = 0; i < row.Count; i++)
        {
            result.Add(row[i]);
            var isLabel = Labels.Contains(row[i]);
            if (isLabel && (i + 1 >= row.Count || Labels.Contains(row[i + 1]))) result.Add("");
        }
        return result;
    }

    /// <summary>The extracted line a block starts on (for located findings): the next line, from the last found, holding its first text.</summary>
    private sealed class LineFinder(SourceText source)
    {
        private int _next;

        public int Find(string text)
        {
            if (text.Length == 0) return 0;
            for (var i = _next; i < source.Lines.Count; i++)
                if (source.Lines[i].Cells().Any(c => c.Trim() == text))
                {
                    _next = i + 1;
                    return source.Lines[i].Number;
                }
            return 0;
        }
    }
}
