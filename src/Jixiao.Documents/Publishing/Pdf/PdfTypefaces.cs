using SkiaSharp;

namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>
/// The typeface the PDF is set in: the file <see cref="PdfFontChoice.Current"/> chooses — AR PL UMing (明体, package
/// fonts-arphic-uming), else WenQuanYi Micro Hei (文泉驿微米黑, fonts-wqy-microhei) with a warning, or
/// <c>JIXIAO_PDF_FONT</c>. Both are TrueType CJK fonts: Skia embeds TrueType fonts as CID subsets with a ToUnicode
/// map, so the text extracts exactly (pdftotext, PdfPig); CFF-based CJK fonts such as Noto CJK would be emitted as
/// Type 3 fonts whose text does not extract. Loaded once per path; Skia typefaces are immutable and thread-safe.
/// </summary>
internal static class PdfTypefaces
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, (SKTypeface Typeface, byte[] File)> Loaded = new(StringComparer.Ordinal);

    /// <summary>The configured font, loaded on first use (per path, so a changed JIXIAO_PDF_FONT takes effect).</summary>
    public static SKTypeface Main => Current().Typeface;

    /// <summary>
    /// A typeface with only the outlines of <paramref name="glyphs"/> (same glyph numbers, map and metrics as
    /// <see cref="Main"/>), for embedding; null when the font is not one <see cref="TrueTypeSubset"/> can cut down.
    /// The caller disposes it.
    /// </summary>
    public static SKTypeface? Subset(IReadOnlySet<ushort> glyphs)
    {
        var bytes = TrueTypeSubset.Keep(Current().File, 0, glyphs);
        if (bytes is null) return null;
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data);
    }

    private static (SKTypeface Typeface, byte[] File) Current()
    {
        var path = PdfFontChoice.Current.Path;
        lock (Gate)
        {
            if (!Loaded.TryGetValue(path, out var font)) Loaded[path] = font = ForLayout(Load(path), File.ReadAllBytes(path));
            return font;
        }
    }

    /// <summary>
    /// The typeface the layout measures with: the font with the same tables dropped as the embedded subset
    /// (<see cref="TrueTypeSubset"/>), every glyph kept. A font with device metrics (<c>hdmx</c>, embedded bitmaps —
    /// AR PL UMing has both) is otherwise measured by Skia with advances rounded to whole pixels, 11 px for a
    /// 10.5 pt character, while the PDF draws it from the subset's exact advances: lines then wrap almost 5 % short
    /// of the margin and a right-aligned line stops short of it, and the PDF reader no longer sees a wrapped
    /// paragraph as one. Measuring with what is drawn keeps the two the same. A font the subsetter cannot read is
    /// measured as it is.
    /// </summary>
    private static (SKTypeface Typeface, byte[] File) ForLayout(SKTypeface full, byte[] file)
    {
        var trimmed = TrueTypeSubset.Keep(file, 0, EveryGlyph.Value);
        if (trimmed is null) return (full, file);
        using var data = SKData.CreateCopy(trimmed);
        if (SKTypeface.FromData(data) is not { } layout) return (full, file);
        full.Dispose();
        return (layout, file);
    }

    private static readonly Lazy<IReadOnlySet<ushort>> EveryGlyph =
        new(() => Enumerable.Range(0, ushort.MaxValue + 1).Select(g => (ushort)g).ToHashSet());

    private static SKTypeface Load(string path)
    {
        if (!File.Exists(path))
            throw new PdfPublishException(
                $"生成 PDF 需要中文 TrueType 字体“{path}”，但本机没有这个文件。请安装明体字体（Debian/Ubuntu：sudo apt-get install fonts-arphic-uming；或文泉驿微米黑 fonts-wqy-microhei），或用环境变量 JIXIAO_PDF_FONT 指定一个 TrueType 格式的中文字体文件。");
        SKTypeface? typeface;
        try
        {
            // The first Skia call of the process: here the native library is loaded.
            typeface = SKTypeface.FromFile(path, 0);
        }
        catch (Exception ex) when (ex is DllNotFoundException || ex.InnerException is DllNotFoundException)
        {
            throw new PdfPublishException(
                "生成 PDF 需要绘图库 libSkiaSharp.so，但未能加载它。它应与 jixiao 放在同一目录（scripts/build-cli.sh 的输出目录中有这个文件）；请把整个目录一起复制，不要只复制 jixiao 一个文件。");
        }
        return typeface
            ?? throw new PdfPublishException($"无法读取字体文件“{path}”：它不是可用的 TrueType 字体。请重新安装 fonts-arphic-uming，或用 JIXIAO_PDF_FONT 指定另一个 TrueType 中文字体。");
    }

    /// <summary>A typeface with a glyph for <paramref name="codePoint"/> when the main one has none (rare characters); null if none does.</summary>
    public static SKTypeface? Fallback(int codePoint) =>
        SKFontManager.Default.MatchCharacter(null, SKFontStyle.Normal, ["zh-CN"], codePoint);
}
