using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// What a viewer shows of a page, in the coordinates PdfPig gives glyphs: the crop box, turned for pages with
/// /Rotate 90 or 270 (PdfPig reports the glyphs of such pages as the page is seen, landscape).
/// </summary>
internal static class PageBounds
{
    public static PdfRectangle Visible(Page page)
    {
        var crop = page.CropBox.Bounds;
        var rotation = ((page.Rotation.Value % 360) + 360) % 360;
        return rotation is 90 or 270 ? new PdfRectangle(0, 0, crop.Height, crop.Width) : crop;
    }
}
