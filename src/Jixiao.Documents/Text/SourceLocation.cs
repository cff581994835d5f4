namespace Jixiao.Documents.Text;

/// <summary>
/// Where a source line sits in the original file, for located evidence: the 1-based page and, for PDF, the
/// line's bounding box in PDF user space (points, origin bottom-left, as PDF viewers and annotations use it).
/// Plain text has no locations; .docx lines carry a page only where the file states page breaks.
/// </summary>
public sealed record SourceLocation(int Page, PageBox? Box = null);

/// <summary>A rectangle on a PDF page in points: left, bottom, right, top.</summary>
public readonly record struct PageBox(double Left, double Bottom, double Right, double Top)
{
    public PageBox Union(PageBox other) =>
        new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));
}
