using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Sources.Office;

/// <summary>
/// One worksheet in the neutral model. A sheet is one big grid, so it is cut where people cut it: blocks of rows
/// separated by empty rows. At the top of a block, rows holding a single value (the form's title, 单位：万元) are
/// paragraphs; the rest of the block is a table whose merged ranges (mergeCells) are its cells' spans.
/// </summary>
internal sealed class XlsxSheetGrid
{
    private readonly SortedDictionary<int, SortedDictionary<int, (string Text, int Line)>> _rows = [];
    private readonly List<(int Row, int Column, int LastRow, int LastColumn)> _merges = [];

    /// <summary>A cell's value (0-based row and column) and the extracted line its row is on.</summary>
    public void Add(int row, int column, string text, int line)
    {
        if (!_rows.TryGetValue(row, out var cells)) _rows[row] = cells = [];
        cells[column] = (text, line);
    }

    /// <summary>A merged range as Excel writes it ("B3:D4").</summary>
    public void Merge(string? reference)
    {
        if (reference is null || reference.Split(':') is not [var from, var to]) return;
        if (Cell(from) is not { } a || Cell(to) is not { } b) return;
        _merges.Add((Math.Min(a.Row, b.Row), Math.Min(a.Column, b.Column), Math.Max(a.Row, b.Row), Math.Max(a.Column, b.Column)));
    }

    /// <summary>Adds the sheet's paragraphs and tables to <paramref name="grid"/> in reading order.</summary>
    public void AddTo(GridBuilder grid)
    {
        var mergeAt = new Dictionary<(int, int), (int Row, int Column, int LastRow, int LastColumn)>();
        var coveredRows = new HashSet<int>();
        foreach (var m in _merges)
        {
            mergeAt.TryAdd((m.Row, m.Column), m);
            for (var r = m.Row; r <= m.LastRow; r++) coveredRows.Add(r);
        }
        var rows = _rows.Where(r => r.Value.Values.Any(c => c.Text.Trim().Length > 0)).Select(r => r.Key).ToList();
        var block = new List<int>();
        foreach (var row in rows)
        {
            // An empty row ends a block unless a merged range runs through it.
            if (block.Count > 0 && row > block[^1] + 1 && !Enumerable.Range(block[^1] + 1, row - block[^1] - 1).All(coveredRows.Contains))
            {
                AddBlock(grid, block, mergeAt);
                block = [];
            }
            block.Add(row);
        }
        if (block.Count > 0) AddBlock(grid, block, mergeAt);
    }

    private void AddBlock(GridBuilder grid, List<int> rows, Dictionary<(int, int), (int Row, int Column, int LastRow, int LastColumn)> mergeAt)
    {
        var i = 0;
        for (; i < rows.Count - 1; i++)
        {
            var filled = _rows[rows[i]].Where(c => c.Value.Text.Trim().Length > 0).ToList();
            if (filled.Count != 1) break;
            var (column, (text, line)) = (filled[0].Key, filled[0].Value);
            // A single value merged down over several rows is a table's first column, not a title.
            if (mergeAt.TryGetValue((rows[i], column), out var m) && m.LastRow > m.Row) break;
            grid.Paragraph(text, line);
        }
        if (i >= rows.Count) return;
        var table = grid.Table();
        var first = rows[i];
        var last = rows[^1];
        foreach (var m in mergeAt.Values.Where(m => m.Row >= first && m.Row <= last).OrderBy(m => m.Row).ThenBy(m => m.Column))
        {
            var (text, line) = _rows.TryGetValue(m.Row, out var cells) && cells.TryGetValue(m.Column, out var c) ? c : ("", LineOf(m.Row));
            table.Place(m.Row - first, m.Column, Math.Min(m.LastRow, last) - m.Row + 1, m.LastColumn - m.Column + 1, text, line);
        }
        foreach (var row in rows.Skip(i))
            foreach (var (column, (text, line)) in _rows[row])
                table.Place(row - first, column, 1, 1, text, line);
    }

    private int LineOf(int row) => _rows.TryGetValue(row, out var cells) && cells.Count > 0 ? cells.First().Value.Line : 0;

    private static (int Row, int Column)? Cell(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && i < 3; i++) column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        if (i == 0 || !int.TryParse(reference.AsSpan(i), out var row) || row < 1) return null;
        return (row - 1, column - 1);
    }
}
