namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// Builds the <see cref="LayoutTable"/> every writer (Word, PDF, HTML) renders: a grid whose first column is the
/// label column; a row of n cells puts its first cell on the label column and spreads the rest evenly over the other
/// columns (earlier cells one wider when the split is uneven). A cell marked <see cref="MergeRole.Continue"/>
/// lengthens the merge started above it in the same grid column. The grid columns share the width evenly: the label
/// column is then about as wide as the Word tables have always printed it (1300 of 9412 twips beside 7 columns), and
/// the other columns keep the width their wrapped text, and so the page breaks, were laid out with.
/// </summary>
internal sealed class TableBuilder(int gridColumns)
{
    private readonly List<List<MutableCell>> _rows = [];
    private readonly List<bool> _repeats = [];

    public int GridColumns { get; } = gridColumns;

    public void AddRow(IReadOnlyList<CellSpec> cells, bool repeatsOnEachPage = false)
    {
        var spans = Spread(cells.Count);
        var row = new List<MutableCell>(cells.Count);
        var column = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var spec = cells[i];
            if (spec.Merge == MergeRole.Continue && Above(column) is { } above)
                above.RowSpan++;
            else
                row.Add(new MutableCell(spec.Lines, column, spans[i], spec.IsHeader));
            column += spans[i];
        }
        _rows.Add(row);
        _repeats.Add(repeatsOnEachPage);
    }

    public LayoutTable Build()
    {
        var weights = new double[GridColumns];
        Array.Fill(weights, 1.0);
        var rows = new List<LayoutRow>(_rows.Count);
        for (var r = 0; r < _rows.Count; r++)
            rows.Add(new LayoutRow([.. _rows[r].Select(c => new LayoutCell(c.Lines, c.Column, c.ColumnSpan, c.RowSpan, c.IsHeader))], _repeats[r]));
        return new LayoutTable(GridColumns, weights, rows);
    }

    /// <summary>The cell of an earlier row that starts in <paramref name="column"/> and reaches down to the row being added.</summary>
    private MutableCell? Above(int column)
    {
        for (var r = _rows.Count - 1; r >= 0; r--)
            foreach (var cell in _rows[r])
                if (cell.Column == column && r + cell.RowSpan == _rows.Count) return cell;
        return null;
    }

    private int[] Spread(int count)
    {
        if (count > GridColumns)
            throw new ArgumentOutOfRangeException(nameof(count), $"row of {count} cells on a grid of {GridColumns}");
        var spans = new int[count];
        if (count == 1) { spans[0] = GridColumns; return spans; }
        spans[0] = 1;
        var rest = GridColumns - 1;
        var each = rest / (count - 1);
        var extra = rest % (count - 1);
        for (var i = 1; i < count; i++) spans[i] = each + (i - 1 < extra ? 1 : 0);
        return spans;
    }

    private sealed class MutableCell(IReadOnlyList<string> lines, int column, int columnSpan, bool isHeader)
    {
        public IReadOnlyList<string> Lines { get; } = lines;
        public int Column { get; } = column;
        public int ColumnSpan { get; } = columnSpan;
        public bool IsHeader { get; } = isHeader;
        public int RowSpan { get; set; } = 1;
    }
}
