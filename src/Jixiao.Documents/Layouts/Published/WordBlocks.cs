using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Published;

/// <summary>A body paragraph or a table of the published Word layout, in document order.</summary>
internal abstract record WordBlockItem(int Line);

internal sealed record ParagraphItem(int Line, string Text) : WordBlockItem(Line);

/// <summary>
/// A table as rows of cell texts (an empty or merged-continuation cell is ""). A cell's paragraphs are joined by '\n'
/// when the lines kept them apart (.docx); when the lines print a row on one line (PDF, HTML) a cell's paragraphs
/// arrive joined by a space, and <paramref name="ParagraphsJoined"/> says so.
/// </summary>
internal sealed record TableItem(int Line, List<List<string>> Rows, bool ParagraphsJoined = false) : WordBlockItem(Line);

/// <summary>
/// Splits the lines of the published layout back into paragraphs and tables. Two line forms carry the same layout:
/// <list type="bullet">
/// <item>cell per line (the .docx extraction, Sources/Office/DocxTextExtractor): a tab-indented line is a cell,
/// untabbed lines right after it are its further paragraphs, a blank line ends a row;</item>
/// <item>row per line (the PDF and HTML extractions): a line's cells are separated by tabs, a line without a tab is a
/// paragraph.</item>
/// </list>
/// The form is told from the content: only the row-per-line form has a tab after the start of a line (a .docx
/// paragraph never holds a tab, a cell line holds one at its start only). In both, rows that follow each other form
/// one table until a body paragraph comes.
/// </summary>
internal static class WordBlocks
{
    public static List<WordBlockItem> Scan(IReadOnlyList<SourceLine> lines) =>
        IsRowPerLine(lines) ? ScanRows(lines) : ScanCells(lines);

    /// <summary>True when some line has a tab after its first character: cells printed side by side.</summary>
    public static bool IsRowPerLine(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines)
            if (line.Text.Length > 1 && line.Text.IndexOf('\t', 1) > 0) return true;
        return false;
    }

    private static List<WordBlockItem> ScanCells(IReadOnlyList<SourceLine> lines)
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

    private static List<WordBlockItem> ScanRows(IReadOnlyList<SourceLine> lines)
    {
        var blocks = new List<WordBlockItem>();
        TableItem? table = null;
        foreach (var line in lines)
        {
            var text = line.Text;
            if (string.IsNullOrWhiteSpace(text)) { table = null; continue; }
            // A 目录 entry (title, leaders, tab, page number) lists a heading of the body; the .docx extraction
            // leaves the 目录 field out, so it is left out here too.
            if (TableOfContentsLine.Is(text)) continue;
            if (!text.Contains('\t'))
            {
                table = null;
                blocks.Add(new ParagraphItem(line.Number, text.Trim()));
                continue;
            }
            var cells = text.Split('\t').Select(c => c.Trim()).ToList();
            if (UnitParagraphs(cells) is { } paragraphs)
            {
                // The unit line and 单位：万元 printed on one baseline (a PDF producer may set them so): two paragraphs.
                table = null;
                blocks.AddRange(paragraphs.Select(p => new ParagraphItem(line.Number, p)));
                continue;
            }
            if (table is null) { table = new TableItem(line.Number, [], ParagraphsJoined: true); blocks.Add(table); }
            table.Rows.Add(cells);
        }
        return blocks;
    }

    /// <summary>The non-empty cells of a line that ends with a 单位： statement and has at most one text before it; else null.</summary>
    private static List<string>? UnitParagraphs(List<string> cells)
    {
        var texts = cells.Where(c => c.Length > 0).ToList();
        if (texts.Count is 0 or > 2 || !texts[^1].StartsWith("单位：", StringComparison.Ordinal)) return null;
        return texts;
    }
}
