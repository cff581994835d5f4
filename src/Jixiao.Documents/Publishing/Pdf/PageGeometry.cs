namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>
/// A4 in points with the margins of the Word writer (2.54 cm top and bottom, 2.2 cm at the sides; the landscape
/// pages of the 部门预算公开表 turn them with the page).
/// </summary>
internal sealed record PageGeometry(float Width, float Height, float MarginTop, float MarginSide, bool Landscape)
{
    private const float Cm = 72f / 2.54f;

    public static readonly PageGeometry A4Portrait = new(595.28f, 841.89f, 2.54f * Cm, 2.2f * Cm, false);
    public static readonly PageGeometry A4Landscape = new(841.89f, 595.28f, 2.2f * Cm, 2.54f * Cm, true);

    public float Left => MarginSide;
    public float Right => Width - MarginSide;
    public float Top => MarginTop;
    public float Bottom => Height - MarginTop;
    public float TextWidth => Right - Left;
}
