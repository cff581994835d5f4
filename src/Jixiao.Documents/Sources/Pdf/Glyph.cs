namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// One printed character of a PDF page, reduced to what rebuilding lines and cells needs: its text, its advance
/// from <see cref="Left"/> to <see cref="Right"/> on the baseline, and its font size (points, user space, origin
/// bottom-left). The advance, not the ink box, is used for gaps: a CJK glyph's ink is narrower than its em box,
/// and spacing decisions compare em boxes.
/// </summary>
internal readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size)
{
    /// <summary>Top of the em box: ascent of CJK fonts is about 0.88 em.</summary>
    public double Top => Baseline + Size * 0.88;

    /// <summary>Bottom of the em box (descent about 0.12 em).</summary>
    public double Bottom => Baseline - Size * 0.12;

    /// <summary>The vertical middle of the em box, used to decide which table cell holds the glyph.</summary>
    public double Middle => Baseline + Size * 0.38;

    public double CenterX => (Left + Right) / 2;

    public bool IsSpace => string.IsNullOrWhiteSpace(Text);
}
