using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Layouts.LabelledTables;

/// <summary>
/// The columns of a target table, found from its header row by what the header cells say — never by position — so
/// the same reader takes a province's table whatever order or extra columns it has. A header spread over two rows
/// (项目总额 | 其中： over 财政资金 | 其他资金) is merged: the lower row names the columns under the spanning cell.
/// </summary>
internal sealed class HeaderColumns
{
    private readonly Dictionary<TableColumn, int> _index;

    private HeaderColumns(Dictionary<TableColumn, int> index, int count)
    {
        _index = index;
        Count = count;
    }

    /// <summary>How many cells a row of this table has.</summary>
    public int Count { get; }

    public bool Has(TableColumn column) => _index.ContainsKey(column);

    public int IndexOf(TableColumn column) => _index.TryGetValue(column, out var i) ? i : -1;

    /// <summary>The cell of <paramref name="column"/> in a row, trimmed; null when the table has no such column or the cell is empty.</summary>
    public string? Cell(IReadOnlyList<string> cells, TableColumn column)
    {
        var i = IndexOf(column);
        if (i < 0 || i >= cells.Count) return null;
        var c = cells[i].Trim();
        return c.Length == 0 ? null : c;
    }

    /// <summary>True when the row names the three indicator levels (or one combined 绩效指标 column) and a value column.</summary>
    public bool IsIndicatorHeader =>
        Has(TableColumn.Value) && (Has(TableColumn.Level1) && Has(TableColumn.Level2) && Has(TableColumn.Level3) || Has(TableColumn.CombinedIndicator))
        && !IsOutcomeHeader;

    /// <summary>
    /// The header names what was achieved (实际完成值, 得分, 执行情况): a self-evaluation (自评) or monitoring table,
    /// whose 指标值 are last year's targets, not this document's.
    /// </summary>
    public bool IsOutcomeHeader => Has(TableColumn.Actual) || Has(TableColumn.Score) || Has(TableColumn.Progress);

    /// <summary>Reads a header row; <paramref name="below"/> is the row under it when that row only continues the header.</summary>
    public static HeaderColumns Read(IReadOnlyList<string> header, IReadOnlyList<string>? below = null)
    {
        var index = new Dictionary<TableColumn, int>();
        if (below is not null && below.Count > header.Count && IsSubHeader(below))
        {
            // The spanning cell of the upper row sits over the first labelled cell of the lower row; cells before it
            // line up one to one, cells after it line up from the right.
            var first = 0;
            while (first < below.Count && below[first].Trim().Length == 0) first++;
            var extra = below.Count - header.Count;
            for (var i = 0; i < header.Count; i++)
            {
                if (i == first) continue;
                Add(index, header[i], i < first ? i : i + extra);
            }
            for (var i = 0; i < below.Count; i++)
                Add(index, below[i], i);
            return new HeaderColumns(index, below.Count);
        }
        for (var i = 0; i < header.Count; i++)
            Add(index, header[i], i);
        return new HeaderColumns(index, header.Count);
    }

    /// <summary>A row that only names columns: some cells empty, every other cell a known column label.</summary>
    public static bool IsSubHeader(IReadOnlyList<string> row)
    {
        var labelled = 0;
        foreach (var cell in row)
        {
            if (cell.Trim().Length == 0) continue;
            if (Recognize(cell) is null) return false;
            labelled++;
        }
        return labelled > 0 && labelled < row.Count;
    }

    private static void Add(Dictionary<TableColumn, int> index, string cell, int i)
    {
        if (Recognize(cell) is { } column) index.TryAdd(column, i);
    }

    /// <summary>The column a header cell names, or null when it is not a column label (the shared vocabulary).</summary>
    public static TableColumn? Recognize(string cell) => HeaderVocabulary.Default.Recognize(cell);
}
