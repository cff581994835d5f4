namespace Jixiao.Documents.Grid;

/// <summary>
/// 供各格式的提取器边读边建中性模型：段落和表格按阅读顺序记下，每个块记住它在提取出的文字行中的行号，
/// 读完后由行号换成页码（docx 的页码要到节末才定，所以不能边读边定）。表格单元格可以三种方式放入：
/// 按顺序自动落位（HTML 的 rowspan/colspan，跳过上方跨下来的格）、接续上方单元格（docx 的 vMerge）、
/// 按行列直接放入（xlsx 的合并区域）。
/// </summary>
public sealed class GridBuilder
{
    private readonly List<object> _blocks = [];

    /// <summary>表格之外的一段文字；<paramref name="line"/> 为它在提取出的文字行中的序号（0 起）。</summary>
    public void Paragraph(string text, int line)
    {
        text = GridText.Clean(text);
        if (text.Length > 0) _blocks.Add(new PendingParagraph(text, line));
    }

    /// <summary>开始一张表；表在阅读顺序中的位置即此刻。</summary>
    public GridTableBuilder Table()
    {
        var table = new GridTableBuilder();
        _blocks.Add(table);
        return table;
    }

    /// <summary>建成中性文档；<paramref name="pageOfLine"/> 把行号换成页码（无页码的格式给 0）。</summary>
    public GridDocument Build(string fileName, string formatName, Func<int, int> pageOfLine)
    {
        var blocks = new List<GridBlock>();
        foreach (var block in _blocks)
        {
            if (block is PendingParagraph p) blocks.Add(new GridParagraph(p.Text, pageOfLine(p.Line)));
            else if (block is GridTableBuilder t && t.Build(pageOfLine) is { RowCount: > 0 } table) blocks.Add(table);
        }
        return new GridDocument(fileName, formatName, blocks);
    }

    private sealed record PendingParagraph(string Text, int Line);
}

/// <summary>一张正在读的表格：单元格带行列与跨度，合并单元格只记一次。</summary>
public sealed class GridTableBuilder
{
    private readonly List<PendingCell> _cells = [];
    // (row, column) → the cell covering it.
    private readonly Dictionary<(int Row, int Column), PendingCell> _covered = [];
    private int _row = -1;
    private int _column;

    /// <summary>开始下一行。</summary>
    public void Row()
    {
        _row++;
        _column = 0;
    }

    /// <summary>本行空出若干列（docx 的 gridBefore：行从第几列才开始）。</summary>
    public void Skip(int columns)
    {
        if (_row < 0) Row();
        SkipCovered();
        _column += Math.Max(0, columns);
    }

    /// <summary>本行下一个空位上的单元格（跳过上方跨下来的格）；跨度不足 1 的按 1 计。</summary>
    public void Cell(string text, int line, int columnSpan = 1, int rowSpan = 1)
    {
        if (_row < 0) Row();
        SkipCovered();
        Place(_row, _column, Math.Max(1, rowSpan), Math.Max(1, columnSpan), text, line);
        _column += Math.Max(1, columnSpan);
    }

    /// <summary>
    /// docx 的纵向合并续格：本行下一个空位由上方同列的单元格向下延伸覆盖；上方没有单元格时是一个空格。
    /// </summary>
    public void ContinueAbove(int line, int columnSpan = 1)
    {
        if (_row < 0) Row();
        SkipCovered();
        columnSpan = Math.Max(1, columnSpan);
        if (_row > 0 && _covered.TryGetValue((_row - 1, _column), out var above) && above.Column == _column)
        {
            above.RowSpan = _row - above.Row + 1;
            for (var c = above.Column; c < above.Column + above.ColumnSpan; c++) _covered[(_row, c)] = above;
            _column += above.ColumnSpan;
            return;
        }
        Place(_row, _column, 1, columnSpan, "", line);
        _column += columnSpan;
    }

    /// <summary>按行列直接放入（xlsx）：已被覆盖的位置不再放。</summary>
    public void Place(int row, int column, int rowSpan, int columnSpan, string text, int line)
    {
        if (_covered.ContainsKey((row, column))) return;
        var cell = new PendingCell(row, column, rowSpan, columnSpan, GridText.Clean(text), line);
        _cells.Add(cell);
        for (var r = row; r < row + rowSpan; r++)
            for (var c = column; c < column + columnSpan; c++)
                _covered.TryAdd((r, c), cell);
        if (row > _row) _row = row;
    }

    public bool IsEmpty => _cells.Count == 0;

    internal GridTable Build(Func<int, int> pageOfLine)
    {
        if (_cells.Count == 0) return GridTable.Create([]);
        // A row span that runs past the last row (HTML allows it) ends with the table.
        var lastRow = _cells.Max(c => c.Row);
        return GridTable.Create(_cells.Select(c => new GridCell(
            c.Row, c.Column, Math.Min(c.RowSpan, lastRow - c.Row + 1), c.ColumnSpan, c.Text, pageOfLine(c.Line))));
    }

    private void SkipCovered()
    {
        while (_covered.ContainsKey((_row, _column))) _column++;
    }

    private sealed class PendingCell(int row, int column, int rowSpan, int columnSpan, string text, int line)
    {
        public int Row { get; } = row;
        public int Column { get; } = column;
        public int RowSpan { get; set; } = rowSpan;
        public int ColumnSpan { get; } = columnSpan;
        public string Text { get; } = text;
        public int Line { get; } = line;
    }
}
