using System.Collections.Concurrent;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// How a department might reformat our .docx before printing it to PDF: the first (label) column of every table
/// <see cref="LabelWeight"/> times as wide as it was, the fourth (三级指标 in a project table) <see cref="FourthWeight"/>
/// times, the table keeping its total width; and <see cref="SpacingBefore"/> points of space before every paragraph
/// inside a table cell, which makes rows taller; with <see cref="RowsBreakAcrossPages"/> rows are no longer kept on
/// one page (cantSplit removed, Word's default), so a row's text can go on over the break; and the whole document set
/// in <see cref="Font"/> (文泉驿微米黑 when null), whose glyph widths move every line break. Each changes where
/// LibreOffice breaks the pages.
/// </summary>
public sealed record PaginationVariant(double LabelWeight, double FourthWeight, int SpacingBefore, bool RowsBreakAcrossPages = false, FixtureFont? Font = null)
{
    public string Name => string.Create(CultureInfo.InvariantCulture,
        $"label{LabelWeight:0.0#}-fourth{FourthWeight:0.0#}-before{SpacingBefore}{(RowsBreakAcrossPages ? "-split" : "")}{(Font is null ? "" : "-" + Font.Name)}");

    public override string ToString() => Name;
}

/// <summary>
/// The seeds as our .docx reformatted by a <see cref="PaginationVariant"/> and printed to PDF by LibreOffice (under the
/// test run's own fontconfig: <see cref="FixtureFont"/>), built
/// during the test run (binaries are never committed) and cached for the rest of it beside the other fixtures.
/// </summary>
internal static class PaginationVariants
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Built = new(StringComparer.Ordinal);

    /// <summary>The seed's .docx (our writer) reformatted by <paramref name="variant"/>.</summary>
    public static string DocxPath(string seed, PaginationVariant variant) => Once("docx/" + seed + "/" + variant.Name, () =>
    {
        var dir = Path.Combine(OfficeFixtures.Directory, "pagination-docx", variant.Name);
        Directory.CreateDirectory(dir);
        var docx = Path.Combine(dir, Path.GetFileName(OfficeFixtures.DocxPath(seed)));
        File.Copy(OfficeFixtures.DocxPath(seed), docx + ".tmp", overwrite: true);
        Reformat(docx + ".tmp", variant);
        File.Move(docx + ".tmp", docx, overwrite: true);
        return docx;
    });

    /// <summary>The seed's .docx reformatted by <paramref name="variant"/>, converted to PDF by LibreOffice.</summary>
    public static string PdfPath(string seed, PaginationVariant variant) => Once("pdf/" + seed + "/" + variant.Name, () =>
        OfficeFixtures.LibreOfficeConvert(DocxPath(seed, variant), "pdf", Path.Combine("pagination-pdf", variant.Name), variant.Font));

    private static string Once(string key, Func<string> build) =>
        Built.GetOrAdd(key, _ => new Lazy<string>(build, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static void Reformat(string path, PaginationVariant variant)
    {
        using var word = WordprocessingDocument.Open(path, isEditable: true);
        var body = word.MainDocumentPart!.Document!.Body!;
        foreach (var table in body.Descendants<Table>())
        {
            var columns = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().ToList();
            var old = columns.Select(c => double.Parse(c.Width!.Value!, CultureInfo.InvariantCulture)).ToArray();
            var weights = old.Select((w, i) => w * (i == 0 ? variant.LabelWeight : i == 3 ? variant.FourthWeight : 1)).ToArray();
            var scale = old.Sum() / weights.Sum();
            var edges = new int[weights.Length + 1];
            var running = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                running += weights[i] * scale;
                edges[i + 1] = (int)Math.Round(running);
            }
            for (var i = 0; i < columns.Count; i++) columns[i].Width = (edges[i + 1] - edges[i]).ToString(CultureInfo.InvariantCulture);
            foreach (var row in table.Elements<TableRow>())
            {
                var column = 0;
                foreach (var cell in row.Elements<TableCell>())
                {
                    var span = cell.TableCellProperties?.GetFirstChild<GridSpan>()?.Val?.Value ?? 1;
                    var width = cell.TableCellProperties?.GetFirstChild<TableCellWidth>();
                    if (width is not null && column + span < edges.Length)
                        width.Width = (edges[column + span] - edges[column]).ToString(CultureInfo.InvariantCulture);
                    column += span;
                }
            }
            if (variant.RowsBreakAcrossPages)
                foreach (var keep in table.Descendants<CantSplit>().ToList()) keep.Remove();
            if (variant.SpacingBefore == 0) continue;
            foreach (var paragraph in table.Descendants<Paragraph>())
            {
                var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
                properties.SpacingBetweenLines = new SpacingBetweenLines { Before = (variant.SpacingBefore * 20).ToString(CultureInfo.InvariantCulture) };
            }
        }
        word.MainDocumentPart.Document.Save();
    }
}
