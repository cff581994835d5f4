namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>What is drawn on a page, in points from the top-left corner (Skia's page coordinates).</summary>
internal abstract record PageOp;

/// <summary>A piece of text with its left end at <see cref="X"/> on baseline <see cref="Baseline"/>.</summary>
internal sealed record TextOp(float X, float Baseline, string Text, TextStyle Style) : PageOp;

/// <summary>A ruling line of a table.</summary>
internal sealed record RuleOp(float X1, float Y1, float X2, float Y2) : PageOp;

/// <summary>A shaded rectangle behind a label cell.</summary>
internal sealed record ShadeOp(float X, float Y, float Width, float Height) : PageOp;

/// <summary>One page: its size, what is drawn on it, and its printed number (none on the cover).</summary>
internal sealed class ComposedPage(PageGeometry geometry, int? number)
{
    public PageGeometry Geometry { get; } = geometry;
    public int? Number { get; } = number;
    public List<PageOp> Ops { get; } = [];
}
