namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>
/// A font size in points. There is no bold: WenQuanYi Micro Hei has one weight, and Skia draws synthetic bold as
/// Type 3 outlines whose text cannot be extracted, so labels are set apart by a shaded cell and headings by size.
/// </summary>
internal readonly record struct TextStyle(float Size)
{
    /// <summary>Distance between baselines.</summary>
    public float LineHeight => Size * 1.45f;

    public static readonly TextStyle Body = new(10.5f);
    public static readonly TextStyle Table = new(9f);
    public static readonly TextStyle TableHeader = new(9f);
    public static readonly TextStyle PartHeading = new(16f);
    public static readonly TextStyle SectionHeading = new(12f);
    public static readonly TextStyle CoverTitle = new(26f);
    public static readonly TextStyle CoverSubtitle = new(22f);
    public static readonly TextStyle PageNumber = new(9f);
}
