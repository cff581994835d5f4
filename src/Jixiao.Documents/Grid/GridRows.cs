using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.LabelledTables;
using Jixiao.Documents.Text;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 中性表格的一行，按网格列排成字符串列表（合并单元格的文字在它覆盖的每一列、每一行都有），供按表头列读取的
/// 读取者使用；并把单元格的位置（页、版面框）对回行文的行号，让发现问题能指到原文。
/// </summary>
internal static class GridRows
{
    public static string[] Texts(GridTable table, int row)
    {
        var texts = new string[table.ColumnCount];
        for (var c = 0; c < texts.Length; c++) texts[c] = table.TextAt(row, c);
        return texts;
    }

    /// <summary>表头行的列（下一行若只续写表头，一并读入）。</summary>
    public static HeaderColumns Header(GridTable table, TableHeader header)
    {
        var upper = Texts(table, header.Row);
        if (header.LastRow == header.Row) return HeaderColumns.Read(upper);
        var lower = Texts(table, header.LastRow);
        // 下行只写具体列名：上行跨在它们之上的格在下行的位置上让给下行。
        var merged = new string[upper.Length];
        for (var c = 0; c < merged.Length; c++)
        {
            var below = table.CellAt(header.LastRow, c);
            merged[c] = below is not null && below.Row == header.LastRow && !below.IsEmpty ? lower[c] : upper[c];
        }
        return HeaderColumns.Read(merged);
    }

    /// <summary>
    /// 指标表头之下 [from, to) 行中的指标：三级指标（或合一的“绩效指标”）格从这一行开始、有字、不是重复印出的表头。
    /// 一级、二级由合并单元格的跨度而来。横跨整行的格（表名、附注）结束指标表：它的字会出现在每一列。
    /// </summary>
    public static IEnumerable<Indicator> Indicators(GridTable table, TableHeader header, int from, int to, SourceText source, HeaderVocabulary vocabulary)
    {
        var rows = new IndicatorRowReader(Header(table, header));
        var level3 = header.ColumnOf(TableColumn.Level3) is var l3 and >= 0 ? l3 : header.ColumnOf(TableColumn.CombinedIndicator);
        for (var r = from; r < to; r++)
        {
            var nameCell = table.CellAt(r, level3);
            if (nameCell is null || nameCell.Row != r || nameCell.IsEmpty) continue;
            if (vocabulary.Recognize(nameCell.Text) is not null) continue; // 续页重复的表头
            if (nameCell.Column == 0 && nameCell.ColumnSpan == table.ColumnCount) break;
            if (rows.Read(Texts(table, r), LineOf(source, nameCell), out _) is { } indicator) yield return indicator;
        }
    }

    /// <summary>
    /// 与单元格同页、纵向上与它中线重叠的第一行行文的行号（1 起）；没有时（跨几行的合并格，中线落在两行之间）取与
    /// 它的框有重叠的第一行；都找不到为 0。行文和中性模型出自同一次抽取，所以由页和版面框对得上。
    /// </summary>
    public static int LineOf(SourceText source, GridCell cell)
    {
        if (cell.Box is not { } box) return 0;
        var middle = (box.Top + box.Bottom) / 2;
        var overlapping = 0;
        foreach (var line in source.Lines)
        {
            if (source.LocationOf(line.Number) is not { Box: { } b } location || location.Page != cell.Page) continue;
            if (b.Left > box.Right || box.Left > b.Right) continue;
            if (b.Bottom - 1 <= middle && middle <= b.Top + 1) return line.Number;
            if (overlapping == 0 && b.Bottom < box.Top && box.Bottom < b.Top) overlapping = line.Number;
        }
        return overlapping;
    }
}
