using SkiaSharp;

namespace Jixiao.Documents.Tests.Publishing.Pdf;

/// <summary>Counts the dark pixels of a rendered page or screenshot: a blank page has none.</summary>
internal static class PageImage
{
    public static int DarkPixels(string pngPath)
    {
        using var bitmap = SKBitmap.Decode(pngPath) ?? throw new InvalidDataException($"not an image: {pngPath}");
        var dark = 0;
        for (var y = 0; y < bitmap.Height; y++)
            for (var x = 0; x < bitmap.Width; x++)
            {
                var c = bitmap.GetPixel(x, y);
                if (c.Red * 299 + c.Green * 587 + c.Blue * 114 < 128_000) dark++;
            }
        return dark;
    }
}
