namespace Jixiao.Documents.Text;

/// <summary>One line of a source text with its 1-based number, so every row a reader places or rejects can be traced back.</summary>
public readonly record struct SourceLine(int Number, string Text)
{
    /// <summary>The line split into tab-separated cells, each trimmed.</summary>
    public string[] Cells()
    {
        // Called for every line by every detector and reader: split and trim in place, no LINQ pipeline per line.
        var cells = Text.Split('\t');
        for (var i = 0; i < cells.Length; i++) cells[i] = cells[i].Trim();
        return cells;
    }

    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public override string ToString() => $"{Number}: {Text}";
}
