namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>
/// Places content down the page and starts new pages: a cursor <see cref="Y"/> between the top and bottom margins
/// of the current page. Pages are numbered from the one after the cover.
/// </summary>
internal sealed class PageFlow
{
    public List<ComposedPage> Pages { get; } = [];

    public PdfFonts Fonts { get; }

    public PageFlow(PdfFonts fonts)
    {
        Fonts = fonts;
        Pages.Add(new ComposedPage(PageGeometry.A4Portrait, number: null));
        Y = Page.Geometry.Top;
    }

    public ComposedPage Page => Pages[^1];

    public PageGeometry Geometry => Page.Geometry;

    public float Y { get; set; }

    /// <summary>True when nothing has been placed on the current page yet.</summary>
    public bool AtPageTop => Y <= Geometry.Top + 0.01f;

    public float Remaining => Geometry.Bottom - Y;

    public void NewPage(bool? landscape = null)
    {
        var geometry = landscape switch
        {
            true => PageGeometry.A4Landscape,
            false => PageGeometry.A4Portrait,
            null => Geometry,
        };
        Pages.Add(new ComposedPage(geometry, Pages.Count));
        Y = geometry.Top;
    }

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one (or the page is empty).</summary>
    public void Reserve(float height)
    {
        if (height > Remaining && !AtPageTop) NewPage();
    }

    /// <summary>Adds one line of text whose top is at the cursor; the baseline sits in the line box as Word places it.</summary>
    public void AddLine(float x, string text, TextStyle style) =>
        Page.Ops.Add(new TextOp(x, Baseline(Y, style), text, style));

    public static float Baseline(float top, TextStyle style) => top + style.LineHeight * 0.5f + style.Size * 0.36f;
}
