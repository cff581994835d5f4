namespace Jixiao.Documents.Layouts.WordTable;

/// <summary>
/// One table cell as Word writes it to text: a tab-indented line, plus any untabbed paragraph lines that
/// continue it (a cell with several paragraphs, e.g. numbered 绩效目标). An empty cell line is a merged cell.
/// </summary>
internal sealed class WordCell(int line, string text)
{
    /// <summary>1-based source line of the cell's first paragraph.</summary>
    public int Line { get; } = line;

    /// <summary>The cell text, trimmed, Word bookmarks removed; paragraphs joined by a line break.</summary>
    public string Text { get; private set; } = text;

    public bool IsEmpty => Text.Length == 0;

    public void AppendParagraph(string paragraph)
    {
        if (paragraph.Length == 0) return;
        Text = Text.Length == 0 ? paragraph : Text + "\n" + paragraph;
    }

    public override string ToString() => Text;
}

/// <summary>A table row: the cells between two blank lines (or cut at the indicator header's width).</summary>
internal sealed class WordRow
{
    public List<WordCell> Cells { get; } = [];

    /// <summary>1-based source line of the row's first cell.</summary>
    public int Line => Cells[0].Line;

    public bool IsAllEmpty
    {
        get
        {
            foreach (var c in Cells)
                if (!c.IsEmpty) return false;
            return true;
        }
    }

    /// <summary>The row as one tab-separated line, for reporting an unplaced row.</summary>
    public override string ToString() => string.Join('\t', Cells.Select(c => c.Text.Replace('\n', ' ')));
}
