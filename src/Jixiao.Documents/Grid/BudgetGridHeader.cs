using System.Text.RegularExpressions;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 中性表格里预算公开表的表头：自上而下、在第一行数据之前的各行。每一列的名字是盖住它的各层表头格的字，自上而下、
/// 去掉重复（同一个跨行格）后用“-”连起来（“本年收入-财政拨款收入”“基本支出-人员经费”）。跨度来自单元格本身，
/// 所以合计、小计跨在哪几列之上，其中列排在哪一列之后，都不必从空格里猜；上层格下面没有下层格时只用上层的字（序号、合计）。
/// </summary>
internal sealed partial class BudgetGridHeader
{
    /// <summary>表头最多几行（部颁表最多三层，加上一行杂项）。</summary>
    private const int MaxRows = 5;

    private readonly string[][] _rowTexts;

    private BudgetGridHeader(int firstRow, int lastRow, IReadOnlyList<string> columns, string[][] rowTexts)
    {
        FirstRow = firstRow;
        LastRow = lastRow;
        Columns = columns;
        _rowTexts = rowTexts;
    }

    /// <summary>表头的第一行（网格行号，0 起）。</summary>
    public int FirstRow { get; }
    /// <summary>表头的最后一行；数据从下一行开始。</summary>
    public int LastRow { get; }
    /// <summary>每一列的名字（“上层-下层”），一列一个；没有表头字的列为“第N列”。</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>表头里的全部文字（找单位：价值（金额单位：万元））。</summary>
    public IEnumerable<string> Texts => _rowTexts.SelectMany(r => r).Where(t => t.Length > 0);

    /// <summary>
    /// 自 <paramref name="from"/> 行起的表头；第一行就是数据（续表没有重复表头）时为 null。数据行：有一格是数、科目编码，
    /// 或以“一、”这样的编号开头，或是只在首列写着合计、总计的行。
    /// </summary>
    public static BudgetGridHeader? Find(GridTable table, int from, BudgetTableWords words)
    {
        var last = -1;
        for (var r = from; r < table.RowCount && r < from + MaxRows; r++)
        {
            var own = table.RowCells(r).Where(c => c.Row == r && !c.IsEmpty).ToList();
            if (own.Count > 0 && IsData(own, words)) break;
            last = r;
        }
        if (last < from) return null;
        var rowTexts = new string[last - from + 1][];
        for (var r = from; r <= last; r++)
            rowTexts[r - from] = [.. Enumerable.Range(0, table.ColumnCount).Select(c => OwnText(table, r, c))];
        return new BudgetGridHeader(from, last, Flatten(table, from, last), rowTexts);
    }

    /// <summary>每一列：盖住它的各层表头格的字，自上而下，同一格（跨行）或同样的字只取一次。</summary>
    private static List<string> Flatten(GridTable table, int from, int last)
    {
        var columns = new List<string>(table.ColumnCount);
        for (var c = 0; c < table.ColumnCount; c++)
        {
            var names = new List<string>();
            GridCell? previous = null;
            for (var r = from; r <= last; r++)
            {
                var cell = table.CellAt(r, c);
                if (cell is null || cell.IsEmpty || ReferenceEquals(cell, previous)) continue;
                previous = cell;
                var name = TableRowCells.Compact(cell.Text);
                if (names.Count == 0 || names[^1] != name) names.Add(name);
            }
            columns.Add(names.Count > 0 ? string.Join("-", names) : $"第{c + 1}列");
        }
        return columns;
    }

    /// <summary>一行是数据而不是表头。</summary>
    private static bool IsData(List<GridCell> own, BudgetTableWords words)
    {
        foreach (var cell in own)
        {
            var t = TableRowCells.Compact(cell.Text);
            if (TableRowCells.IsNumber(t) || BudgetGridCodes.IsCode(t)) return true;
        }
        var first = TableRowCells.Compact(own[0].Text);
        // 注：… under the header of an empty table (our own published PDF prints it in the table) ends the header too.
        if (Numbered().IsMatch(first) || words.IsNote(first)) return true;
        // 合计 alone in the first column: the total row of an empty table (a header's 合计 stands beside other names).
        return own.Count == 1 && own[0].Column == 0 && words.IsTotalLabel(first);
    }

    /// <summary>这一行是表头的重印（续页重复表头，空白不同也算）。</summary>
    public bool IsRepeat(GridTable table, int row)
    {
        var texts = Enumerable.Range(0, table.ColumnCount).Select(c => OwnText(table, row, c)).ToArray();
        if (texts.All(t => t.Length == 0)) return false;
        foreach (var header in _rowTexts)
            if (header.Length == texts.Length && header.AsSpan().SequenceEqual(texts)) return true;
        return false;
    }

    /// <summary>这一行的列名与 <paramref name="other"/> 相同（续表重印的同一表头）。</summary>
    public bool SameColumns(BudgetGridHeader other) => Columns.SequenceEqual(other.Columns);

    /// <summary>(row, column) 处、从这一行开始的单元格的字（去空白）；跨进来的格为空。</summary>
    private static string OwnText(GridTable table, int row, int column) =>
        table.CellAt(row, column) is { } cell && cell.Row == row && cell.Column == column ? TableRowCells.Compact(cell.Text) : "";

    /// <summary>一、二、（一）、1. 这样的编号开头：收支总表的收入、支出项目。</summary>
    [GeneratedRegex(@"^([一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）])")]
    private static partial Regex Numbered();
}
