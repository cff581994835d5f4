using Jixiao.Documents.Tests.Support;
using UglyToad.PdfPig;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// LibreOffice's fixtures are set in the one font the test run pins (<see cref="FixtureFont"/>), whatever other fonts
/// the machine has: a machine with fonts-noto-cjk or fonts-arphic-uming installed makes the same pages as a bare one.
/// </summary>
public class FixtureFontTests
{
    [Fact]
    public void LibreOffice_pdf_of_a_seed_uses_only_the_pinned_font() =>
        AssertOnlyFont(PdfFixtures.LibreOfficePdfPath(Seeds.S002), "WenQuanYiMicroHei");

    [Fact]
    public void A_variant_set_in_another_font_uses_only_that_font() =>
        AssertOnlyFont(PaginationVariants.PdfPath(Seeds.S000, new PaginationVariant(1.0, 1.0, 0, RowsBreakAcrossPages: true, FixtureFont.ArphicUMing)), "UMing");

    private static void AssertOnlyFont(string path, string expected)
    {
        using var pdf = PdfDocument.Open(path);
        var fonts = pdf.GetPages()
            .SelectMany(p => p.Letters)
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .Select(l => l.FontName ?? "")
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(fonts);
        // Subset fonts are named ABCDEF+Name; OpenSymbol is LibreOffice's own (bullets), shipped with it.
        var others = fonts.Where(f => !f.Contains(expected, StringComparison.Ordinal) && !f.Contains("OpenSymbol", StringComparison.Ordinal)).ToList();
        Assert.True(others.Count == 0, $"{Path.GetFileName(path)} 用了固定字体以外的字体：{string.Join("、", others)}");
    }
}
