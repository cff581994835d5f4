using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>
/// One printed row of a PDF table: the tab-separated cells of one source line, each cleaned by
/// <see cref="CellText.Clean"/>; an empty cell is "". Column positions are kept, because a value belongs to the
/// label printed in the same column.
/// </summary>
internal sealed class TableRow
{
    private TableRow(int line, string source, string[] cells)
    {
        Line = line;
        Source = source;
        Cells = cells;
        FirstFilled = -1;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Length == 0) continue;
            if (FirstFilled < 0) FirstFilled = i;
            FilledCount++;
        }
    }

    /// <summary>1-based source line.</summary>
    public int Line { get; }

    public string[] Cells { get; }

    /// <summary>Index of the first non-empty cell, -1 when the row is empty.</summary>
    public int FirstFilled { get; }

    public int FilledCount { get; }

    /// <summary>The cell at <paramref name="column"/>, "" beyond the printed cells.</summary>
    public string this[int column] => column >= 0 && column < Cells.Length ? Cells[column] : "";

    public static TableRow Parse(SourceLine line)
    {
        var text = line.Text.AsSpan();
        var cells = new string[text.Count('\t') + 1];
        var i = 0;
        foreach (var range in text.Split('\t'))
            cells[i++] = CellText.Clean(text[range]);
        return new TableRow(line.Number, line.Text, cells);
    }

    /// <summary>The non-empty cells joined by the wrap rule, for text that fills a row whatever its columns.</summary>
    public string JoinedText(int fromColumn = 0)
    {
        string? text = null;
        for (var i = Math.Max(0, fromColumn); i < Cells.Length; i++)
            if (Cells[i].Length > 0) text = CellText.Join(text, Cells[i]);
        return text ?? "";
    }

    /// <summary>The source line as printed, for rows that cannot be placed.</summary>
    public string Source { get; }
}
