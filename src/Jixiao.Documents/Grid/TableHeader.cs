using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 表格里的表头行及其各列的含义（由共用词表 <see cref="HeaderVocabulary"/> 认出）。表头可以占两行（“预算金额”跨在
/// “总额｜财政拨款｜其他资金”之上）：上下两行的列名都算，下行的更具体，优先。
/// </summary>
public sealed record TableHeader(int Row, int LastRow, IReadOnlyDictionary<TableColumn, int> Columns)
{
    public bool Has(TableColumn column) => Columns.ContainsKey(column);

    public int ColumnOf(TableColumn column) => Columns.TryGetValue(column, out var c) ? c : -1;

    /// <summary>三级指标（或合一的“绩效指标”）与指标值都有：这是一张指标表的表头。</summary>
    public bool IsIndicatorHeader =>
        Has(TableColumn.Value) && (Has(TableColumn.Level3) && (Has(TableColumn.Level1) || Has(TableColumn.Level2)) || Has(TableColumn.CombinedIndicator));

    /// <summary>表头写的是完成情况（实际完成值、得分、执行情况）：自评或监控表，不是目标表。</summary>
    public bool IsOutcome => Has(TableColumn.Actual) || Has(TableColumn.Score) || Has(TableColumn.Progress);

    /// <summary>在表格的前 <paramref name="within"/> 行里找第一行指标表头；没有则 null。</summary>
    public static TableHeader? FindIndicatorHeader(GridTable table, int from = 0, int within = int.MaxValue, HeaderVocabulary? vocabulary = null)
    {
        vocabulary ??= HeaderVocabulary.Default;
        var end = Math.Min(table.RowCount, from + Math.Min(within, table.RowCount));
        for (var r = from; r < end; r++)
        {
            var columns = ColumnsOf(table, r, vocabulary);
            if (columns.Count < 2) continue;
            var header = new TableHeader(r, r, columns);
            if (r + 1 < table.RowCount)
            {
                var below = ColumnsOf(table, r + 1, vocabulary);
                if (below.Count > 0 && IsHeaderOnly(table, r + 1, vocabulary))
                {
                    var merged = new Dictionary<TableColumn, int>(columns);
                    foreach (var (column, c) in below) merged[column] = c;
                    header = new TableHeader(r, r + 1, merged);
                }
            }
            if (header.IsIndicatorHeader) return header;
        }
        return null;
    }

    /// <summary>一行里各单元格（含从上方跨下来的）认出的列，每种取最左的一格。</summary>
    public static Dictionary<TableColumn, int> ColumnsOf(GridTable table, int row, HeaderVocabulary vocabulary)
    {
        var result = new Dictionary<TableColumn, int>();
        foreach (var cell in table.RowCells(row))
            if (!cell.IsEmpty && vocabulary.Recognize(cell.Text) is { } column)
                result.TryAdd(column, cell.Column);
        return result;
    }

    /// <summary>这一行里从这一行开始的有字单元格全是列名。</summary>
    private static bool IsHeaderOnly(GridTable table, int row, HeaderVocabulary vocabulary) =>
        table.RowCells(row).Where(c => c.Row == row && !c.IsEmpty).All(c => vocabulary.Recognize(c.Text) is not null);
}
