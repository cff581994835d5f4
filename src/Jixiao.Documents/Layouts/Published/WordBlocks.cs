using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Published;

/// <summary>A body paragraph or a table of the published Word layout, in document order.</summary>
internal abstract record WordBlockItem(int Line);

internal sealed record ParagraphItem(int Line, string Text) : WordBlockItem(Line);

/// <summary>A table as rows of cell texts (a cell's paragraphs joined by '\n'; an empty or merged-continuation cell is "").</summary>
internal sealed record TableItem(int Line, List<List<string>> Rows) : WordBlockItem(Line);

/// <summary>
/// Splits the lines the .docx extraction makes (see Sources/Office/DocxTextExtractor) back into paragraphs and
/// tables: a tab-indented line is a cell, untabbed lines right after it are its further paragraphs, a blank line
/// ends a row, and rows that follow each other form one table until a body paragraph comes.
/// </summary>
internal static class WordBlocks
{
    public static List<WordBlockItem> Scan(IReadOnlyList<SourceLine> lines)
    {
        var blocks = new List<WordBlockItem>();
        TableItem? table = null;
        List<string>? row = null;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (text.StartsWith('\t'))
            {
                if (row is null)
                {
                    if (table is null) { table = new TableItem(line.Number, []); blocks.Add(table); }
                    row = [];
                    table.Rows.Add(row);
                }
                row.Add(text[1..].Trim());
            }
            else if (string.IsNullOrWhiteSpace(text))
            {
                row = null;
            }
            else if (row is not null)
            {
                row[^1] = row[^1].Length == 0 ? text.Trim() : row[^1] + "\n" + text.Trim();
            }
            else
            {
                table = null;
                blocks.Add(new ParagraphItem(line.Number, text.Trim()));
            }
        }
        return blocks;
    }
}
