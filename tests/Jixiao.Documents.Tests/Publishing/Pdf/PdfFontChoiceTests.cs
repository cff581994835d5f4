using Jixiao.Documents.Publishing.Pdf;
using Xunit;

namespace Jixiao.Documents.Tests.Publishing.Pdf;

/// <summary>
/// Which face the PDF is set in (issue 20 item 6), decided from which font files exist — given here, so the test does
/// not depend on the fonts of the machine: the Ming face when present, the sans face with a Chinese warning naming the
/// package otherwise, and JIXIAO_PDF_FONT above both.
/// </summary>
public sealed class PdfFontChoiceTests
{
    [Fact]
    public void The_Ming_face_is_chosen_when_installed_without_a_warning()
    {
        var choice = PdfFontChoice.Resolve(null, _ => true);
        Assert.Equal(PdfFontChoice.MingPath, choice.Path);
        Assert.Null(choice.Warning);
    }

    [Fact]
    public void Without_the_Ming_face_the_sans_face_is_used_and_a_warning_names_the_package()
    {
        var choice = PdfFontChoice.Resolve("  ", path => path == PdfFontChoice.SansPath);
        Assert.Equal(PdfFontChoice.SansPath, choice.Path);
        Assert.NotNull(choice.Warning);
        Assert.Contains("fonts-arphic-uming", choice.Warning, StringComparison.Ordinal);
        Assert.Contains("宋体", choice.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_font_wins_and_with_no_font_at_all_the_Ming_path_is_named()
    {
        Assert.Equal(new PdfFontChoice("/opt/字体/仿宋.ttf", null), PdfFontChoice.Resolve("/opt/字体/仿宋.ttf", _ => false));
        Assert.Equal(new PdfFontChoice(PdfFontChoice.MingPath, null), PdfFontChoice.Resolve(null, _ => false));
    }
}
