using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>Turns PdfPig letters into <see cref="Glyph"/>s: horizontal text only, in content order.</summary>
internal static class PageGlyphs
{
    /// <summary>
    /// The page's horizontal glyphs inside its crop box (what a viewer shows). Rotated and vertical text (stamps, vertical margin notes) is left out: it is
    /// no row of a table and would only break the baseline clustering. Control characters are dropped; a zero or
    /// negative size (broken font matrices) falls back to the glyph's height.
    /// </summary>
    public static List<Glyph> Read(Page page, PdfRectangle visible)
    {
        var letters = page.Letters;
        var glyphs = new List<Glyph>(letters.Count);
        foreach (var letter in letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal) continue;
            var text = letter.Value;
            if (string.IsNullOrEmpty(text) || (text.Length == 1 && char.IsControl(text[0]))) continue;
            var left = letter.StartBaseLine.X;
            var right = letter.EndBaseLine.X;
            if (right < left) (left, right) = (right, left);
            var size = letter.PointSize;
            if (!(size > 0.5) || double.IsNaN(size) || size > 500)
                size = Math.Max(1, letter.BoundingBox.Height);
            if (right - left < 0.01)
            {
                // A glyph without advance (broken width tables): take its ink box, else half an em.
                var ink = letter.BoundingBox;
                right = ink.Width > 0.01 ? left + ink.Width : left + size * 0.5;
            }
            if (!double.IsFinite(left) || !double.IsFinite(right) || !double.IsFinite(letter.StartBaseLine.Y)) continue;
            var glyph = new Glyph(text, left, right, letter.StartBaseLine.Y, size);
            // Text placed off the page (spreadsheet exports leave overflow there) is not printed, so not read.
            if (glyph.CenterX < visible.Left || glyph.CenterX > visible.Right || glyph.Middle < visible.Bottom || glyph.Middle > visible.Top) continue;
            glyphs.Add(glyph);
        }
        return glyphs;
    }
}
