using Jixiao.Documents.Diagnostics;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

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
        var count = document.NumberOfPages;
        var read = new (List<PageLine> Lines, List<GridBlock> Blocks)[count];
        ReadPages(document, fileName, 1, count, read);
        var pages = new List<List<PageLine>>(count);
        var blockPages = new List<IReadOnlyList<GridBlock>>(count);
        var glyphs = 0;
        foreach (var (lines, blocks) in read)
        {
            foreach (var line in lines) glyphs += line.Text.Length;
            DropPageNumbers(lines);
            pages.Add(lines);
            blockPages.Add(GridText.DropPageNumbers(blocks, PageNumberLine.Is));
        }
        using var joining = StageTimes.Measure("pdf: join lines + grid");
        using (StageTimes.Measure("pdf: join: columns")) ContinuedTableColumns.Restore(pages);
        using (StageTimes.Measure("pdf: join: break cells")) PageBreakCells.Join(pages);
        using (StageTimes.Measure("pdf: join: split rows")) SplitRows.Join(pages);
        var paragraphsTiming = StageTimes.Measure("pdf: join: paragraphs");
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
        paragraphsTiming.Dispose();
        TableOfContents.DropUnnumberedEntries(texts, locations);
        GridDocument grid;
        using (StageTimes.Measure("pdf: join: grid tables")) grid = new GridDocument(fileName, "pdf", TableContinuation.Join(blockPages));
        return (texts, locations, glyphs, grid);
    }

    /// <summary>Reads pages <paramref name="from"/>..<paramref name="to"/> (1-based) of one PdfPig document into their slots.</summary>
    private static void ReadPages(PdfDocument document, string fileName, int from, int to, (List<PageLine>, List<GridBlock>)[] read)
    {
        for (var n = from; n <= to; n++)
        {
            Page page;
            using (StageTimes.Measure("pdf: GetPage")) page = PdfFailures.Guard(fileName, n, () => document.GetPage(n));
            using (StageTimes.Measure("pdf: page reader")) read[n - 1] = PdfFailures.Guard(fileName, n, () => PageReader.ReadWithBlocks(page, n));
        }
    }

    /// <summary>The first or last line of a page, when it is only a page number.</summary>
    private static void DropPageNumbers(List<PageLine> lines)
    {
        if (lines.Count > 0 && !lines[^1].IsTableRow && PageNumberLine.Is(lines[^1].Text)) lines.RemoveAt(lines.Count - 1);
        if (lines.Count > 0 && !lines[0].IsTableRow && PageNumberLine.Is(lines[0].Text)) lines.RemoveAt(0);
    }
}
