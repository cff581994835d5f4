using Jixiao.Documents.Grid;
using Jixiao.Documents.Text;
using UglyToad.PdfPig;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Reads every page of an open PDF into the lines the layout readers read (see docs/pdf-reading.md): table rows
/// with tab-separated cells, running text joined into paragraphs, page numbers in the margins dropped, 目录 entries in the readers' shape
/// (<see cref="TableOfContents"/>); each line
/// with its page and bounding box.
/// </summary>
internal static class PdfTextExtractor
{
    public static (List<string> Lines, List<SourceLocation?> Locations, int Glyphs, GridDocument Grid) Extract(PdfDocument document, string fileName)
    {
        var pages = new List<List<PageLine>>(document.NumberOfPages);
        var blockPages = new List<IReadOnlyList<GridBlock>>(document.NumberOfPages);
        var glyphs = 0;
        for (var n = 1; n <= document.NumberOfPages; n++)
        {
            var page = PdfFailures.Guard(fileName, n, () => document.GetPage(n));
            var (lines, blocks) = PdfFailures.Guard(fileName, n, () => PageReader.ReadWithBlocks(page, n));
            foreach (var line in lines) glyphs += line.Text.Length;
            DropPageNumbers(lines);
            pages.Add(lines);
            blockPages.Add(GridText.DropPageNumbers(blocks, PageNumberLine.Is));
        }
        ContinuedTableColumns.Restore(pages);
        PageBreakCells.Join(pages);
        SplitRows.Join(pages);
        var texts = new List<string>();
        var locations = new List<SourceLocation?>();
        foreach (var paragraph in ParagraphJoiner.Join(pages))
        {
            var text = paragraph[0].Text;
            var box = paragraph[0].Box;
            for (var i = 1; i < paragraph.Count; i++)
            {
                text = LineText.JoinWrapped(text, paragraph[i].Text);
                if (paragraph[i].Page == paragraph[0].Page) box = box.Union(paragraph[i].Box);
            }
            texts.Add(TableOfContents.Normalize(text.TrimEnd(' ')));
            locations.Add(new SourceLocation(paragraph[0].Page, box));
        }
        TableOfContents.DropUnnumberedEntries(texts, locations);
        var grid = new GridDocument(fileName, "pdf", TableContinuation.Join(blockPages));
        return (texts, locations, glyphs, grid);
    }

    /// <summary>The first or last line of a page, when it is only a page number.</summary>
    private static void DropPageNumbers(List<PageLine> lines)
    {
        if (lines.Count > 0 && !lines[^1].IsTableRow && PageNumberLine.Is(lines[^1].Text)) lines.RemoveAt(lines.Count - 1);
        if (lines.Count > 0 && !lines[0].IsTableRow && PageNumberLine.Is(lines[0].Text)) lines.RemoveAt(0);
    }
}
