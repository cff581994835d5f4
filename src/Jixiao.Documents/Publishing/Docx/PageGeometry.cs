using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>A4 page geometry in twentieths of a point (dxa): portrait for the text, landscape for wide budget tables.</summary>
internal sealed record PageGeometry(int Width, int Height, int MarginTop, int MarginSide, bool Landscape)
{
    /// <summary>A4 portrait, 2.54 cm top/bottom and 2.2 cm sides (close to the 公文 page of GB/T 9704).</summary>
    public static readonly PageGeometry A4Portrait = new(11906, 16838, 1440, 1247, false);

    /// <summary>A4 landscape for the budget disclosure tables, which have up to 14 columns.</summary>
    public static readonly PageGeometry A4Landscape = new(16838, 11906, 1247, 1440, true);

    public int TextWidth => Width - 2 * MarginSide;

    public SectionProperties ToSectionProperties()
    {
        var size = new PageSize { Width = (uint)Width, Height = (uint)Height };
        if (Landscape) size.Orient = PageOrientationValues.Landscape;
        return new SectionProperties(
            size,
            new PageMargin
            {
                Top = MarginTop, Bottom = MarginTop, Left = (uint)MarginSide, Right = (uint)MarginSide,
                Header = 851, Footer = 992, Gutter = 0,
            });
    }
}
