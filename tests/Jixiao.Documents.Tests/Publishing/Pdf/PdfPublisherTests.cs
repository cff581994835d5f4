using System.Text.RegularExpressions;
using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Pdf;
using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Publishing.Pdf;

/// <summary>
/// Every seed published as PDF: each page rasterised (pdftoppm) has ink, the fonts are embedded TrueType subsets
/// (pdffonts), and the extracted text (pdftotext) holds every project name and indicator value exactly. The PDFs and
/// page images stay under bin/…/artifacts/pdf for a person to look at.
/// </summary>
public sealed partial class PdfPublisherTests
{
    public static TheoryData<string> AllSeeds => [.. Seeds.All];

    private static (TargetDocument Document, string PdfPath) Publish(string seed)
    {
        var document = DocumentImporter.CreateDefault().Import(seed, Seeds.Bytes(seed)).Document;
        var path = Path.Combine(ExternalTool.ArtifactDirectory("pdf"), Path.ChangeExtension(seed, ".pdf"));
        using (var file = File.Create(path)) PdfPublisher.Write(document, file);
        return (document, path);
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Every_page_has_ink(string seed)
    {
        var (_, pdf) = Publish(seed);
        var prefix = Path.Combine(ExternalTool.ArtifactDirectory("pdf"), Path.GetFileNameWithoutExtension(seed) + "-page");
        // 60 dpi: the Ming face's thin strokes leave almost no dark pixel at 30 dpi (a page of prose: 10), at 60 dpi
        // about ten times as many (a page of two headings: 97; its page number alone: 0).
        ExternalTool.Run("pdftoppm", "-r", "60", "-gray", "-png", pdf, prefix);
        var pages = Directory.GetFiles(Path.GetDirectoryName(prefix)!, Path.GetFileName(prefix) + "-*.png");
        var info = ExternalTool.Run("pdfinfo", pdf);
        var count = int.Parse(PagesLine().Match(info).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count >= 3, $"{count} pages");
        Assert.Equal(count, pages.Length);
        foreach (var page in pages)
            Assert.True(PageImage.DarkPixels(page) >= 40, $"{Path.GetFileName(page)} looks blank");
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Fonts_are_embedded_truetype_subsets(string seed)
    {
        var (_, pdf) = Publish(seed);
        var fonts = ExternalTool.Run("pdffonts", pdf).Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();
        Assert.NotEmpty(fonts);
        foreach (var font in fonts)
        {
            Assert.Contains("TrueType", font, StringComparison.Ordinal);
            Assert.DoesNotContain("Type 3", font, StringComparison.Ordinal);
            // Columns: name type encoding emb sub uni object ID — emb, sub and uni must all be yes.
            Assert.Matches(@"\byes\s+yes\s+yes\b", font);
        }
        // The body is set in the face the machine's choice names: the Ming face where installed (scripts/install-deps.sh
        // installs it), otherwise the sans fallback; PdfFontChoiceTests test the choice itself without the machine's fonts.
        var face = PdfFontChoice.Current.Path == PdfFontChoice.MingPath ? "UMing" : PdfFontChoice.Current.Path == PdfFontChoice.SansPath ? "WenQuanYi" : "";
        Assert.All(fonts, font => Assert.Contains(face, font, StringComparison.Ordinal));
        // Only the glyphs used are embedded (TrueTypeSubset): the whole font alone would be over 2 MB.
        Assert.True(new FileInfo(pdf).Length < 1_000_000, $"{new FileInfo(pdf).Length} bytes");
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Extracted_text_holds_every_project_name_and_indicator_value(string seed)
    {
        var (document, pdf) = Publish(seed);
        // -raw keeps the drawing order, in which each cell's wrapped lines follow one another.
        var text = Squeeze(ExternalTool.Run("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"));
        foreach (var project in document.Projects)
        {
            Assert.Contains(Squeeze(project.Name), text, StringComparison.Ordinal);
            if (project.Code is not null) Assert.Contains(project.Code, text, StringComparison.Ordinal);
            if (project.Budget.Total is { } total) Assert.Contains(total.Text, text, StringComparison.Ordinal);
            foreach (var indicator in project.Indicators)
            {
                Assert.Contains(Squeeze(indicator.Name), text, StringComparison.Ordinal);
                if (indicator.Value is not null) Assert.Contains(Squeeze(indicator.Value), text, StringComparison.Ordinal);
            }
        }
        foreach (var table in document.BudgetTables)
            Assert.Contains(Squeeze(table.Title), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Wide_disclosure_tables_are_on_landscape_pages()
    {
        var (_, pdf) = Publish(Seeds.S004);
        var info = ExternalTool.Run("pdfinfo", "-f", "1", "-l", "1000", pdf);
        var sizes = PageSize().Matches(info).Select(m => (Width: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Height: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal((595, 842), sizes[0]);
        Assert.Equal((842, 595), sizes[^1]);
        // Portrait up to the disclosure part, landscape after it: orientation changes once.
        Assert.Equal(1, sizes.Zip(sizes.Skip(1)).Count(p => p.First != p.Second));
    }

    private static string Squeeze(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Page\s+\d+ size:\s+(\d+)(?:\.\d+)? x (\d+)")]
    private static partial Regex PageSize();

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}
