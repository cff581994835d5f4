using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WordTable;

/// <summary>What the scanner found: a table title line, a table row, or prose that ends the table above it.</summary>
internal enum WordBlockKind
{
    Title,
    Row,
    /// <summary>A paragraph after an indicator table (a note, the next part of the document).</summary>
    TableEnd,
}

internal sealed record WordBlock(WordBlockKind Kind, WordRow? Row, SourceLine? Title, string? TitleText)
{
    public static WordBlock ForRow(WordRow row) => new(WordBlockKind.Row, row, null, null);
    public static WordBlock ForTitle(SourceLine line, string text) => new(WordBlockKind.Title, null, line, text);
    public static readonly WordBlock End = new(WordBlockKind.TableEnd, null, null, null);
}
