using SkiaSharp;

namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>
/// Measures and draws text in the main typeface, switching to a fallback typeface only for characters it lacks, so
/// that no character is drawn as an empty box. One instance per document being written (Skia fonts are not shared
/// between threads); disposes the fonts it made.
/// </summary>
internal sealed class PdfFonts : IDisposable
{
    private readonly Dictionary<(SKTypeface, float), SKFont> _fonts = [];
    private readonly Dictionary<int, SKTypeface?> _fallbacks = [];
    private readonly SKTypeface _main;
    private SKFont? _probe;

    public PdfFonts(SKTypeface main) => _main = main;

    /// <summary>Adds the main typeface's glyph numbers for <paramref name="text"/> to <paramref name="glyphs"/>.</summary>
    public void CollectGlyphs(string text, HashSet<ushort> glyphs)
    {
        _probe ??= new SKFont(_main);
        foreach (var (run, typeface) in Runs(text))
            if (typeface == _main)
                foreach (var glyph in _probe.GetGlyphs(run)) glyphs.Add(glyph);
    }

    /// <summary>Advance widths of single characters in the main typeface, per size: measuring is most of the layout time.</summary>
    private readonly Dictionary<(float, char), float> _advances = [];

    public float Measure(string text, TextStyle style)
    {
        if (IsMainOnly(text, style, out var sum)) return sum;
        var width = 0f;
        foreach (var (run, typeface) in Runs(text))
            width += Font(typeface, style).MeasureText(run);
        return width;
    }

    /// <summary>Sum of cached advances when every character is a BMP character of the main typeface (Skia draws unshaped, so this is the run's width).</summary>
    private bool IsMainOnly(string text, TextStyle style, out float width)
    {
        width = 0;
        foreach (var c in text)
        {
            if (!_advances.TryGetValue((style.Size, c), out var advance))
            {
                if (char.IsSurrogate(c) || !(_probe ??= new SKFont(_main)).ContainsGlyph(c)) return false;
                _advances[(style.Size, c)] = advance = Font(_main, style).MeasureText(c.ToString());
            }
            width += advance;
        }
        return true;
    }

    /// <summary>Draws <paramref name="text"/> with its left end at <paramref name="x"/> on <paramref name="baseline"/>.</summary>
    public void Draw(SKCanvas canvas, string text, float x, float baseline, TextStyle style, SKPaint paint)
    {
        if (IsMainOnly(text, style, out _))
        {
            canvas.DrawText(text, x, baseline, SKTextAlign.Left, Font(_main, style), paint);
            return;
        }
        foreach (var (run, typeface) in Runs(text))
        {
            var font = Font(typeface, style);
            canvas.DrawText(run, x, baseline, SKTextAlign.Left, font, paint);
            x += font.MeasureText(run);
        }
    }

    private SKFont Font(SKTypeface typeface, TextStyle style)
    {
        var key = (typeface, style.Size);
        if (!_fonts.TryGetValue(key, out var font))
        {
            font = new SKFont(typeface, style.Size) { LinearMetrics = true, Hinting = SKFontHinting.None };
            _fonts[key] = font;
        }
        return font;
    }

    /// <summary>Splits text into runs of one typeface: the main one wherever it has the glyph.</summary>
    private List<(string Run, SKTypeface Typeface)> Runs(string text)
    {
        var runs = new List<(string, SKTypeface)>(1);
        var start = 0;
        var current = _main;
        for (var i = 0; i < text.Length;)
        {
            var codePoint = CharExtensions.ConvertToUtf32OrReplacement(text, i, out var length);
            var typeface = (_probe ??= new SKFont(_main)).ContainsGlyph(codePoint) ? _main : FallbackFor(codePoint) ?? _main;
            if (typeface != current && i > start)
            {
                runs.Add((text[start..i], current));
                start = i;
            }
            current = typeface;
            i += length;
        }
        if (start < text.Length) runs.Add((text[start..], current));
        return runs;
    }

    private SKTypeface? FallbackFor(int codePoint)
    {
        if (!_fallbacks.TryGetValue(codePoint, out var typeface))
            _fallbacks[codePoint] = typeface = PdfTypefaces.Fallback(codePoint);
        return typeface;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        _fonts.Clear();
        _probe?.Dispose();
    }
}

internal static class CharExtensions
{
    public static int ConvertToUtf32OrReplacement(string text, int index, out int length)
    {
        if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(text[index], text[index + 1]);
        }
        length = 1;
        return text[index];
    }
}
