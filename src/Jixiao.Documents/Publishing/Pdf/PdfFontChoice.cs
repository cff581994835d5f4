namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>
/// Which TrueType file the PDF is set in (issue 20 item 6): official documents print their text in a Song/Ming face,
/// so the default is AR PL UMing (文鼎明体, Debian <c>fonts-arphic-uming</c>, face 0 “AR PL UMing CN”), a TrueType
/// face Skia embeds as a CID font whose text extracts exactly. <c>JIXIAO_PDF_FONT</c> names another file. When the Ming
/// face is not installed, the PDF falls back to 文泉驿微米黑 (<c>fonts-wqy-microhei</c>, a sans face) and says so in
/// <see cref="Warning"/>, which the web and the command line report; a missing font never stops a download that
/// another installed font can make.
/// </summary>
public sealed record PdfFontChoice(string Path, string? Warning)
{
    /// <summary>AR PL UMing (明体): the default face.</summary>
    public const string MingPath = "/usr/share/fonts/truetype/arphic/uming.ttc";

    /// <summary>文泉驿微米黑 (黑体): the fallback when the Ming face is missing.</summary>
    public const string SansPath = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>The choice on this machine now: <c>JIXIAO_PDF_FONT</c>, else the Ming face, else the sans face with a warning.</summary>
    public static PdfFontChoice Current => Resolve(Environment.GetEnvironmentVariable("JIXIAO_PDF_FONT"), File.Exists);

    /// <summary>
    /// The choice given the configured path and which files exist (passed in, so the decision is tested without
    /// depending on the fonts of the machine). When neither default exists the Ming path is returned: loading it
    /// then fails with the message naming the packages to install.
    /// </summary>
    public static PdfFontChoice Resolve(string? configured, Func<string, bool> exists)
    {
        ArgumentNullException.ThrowIfNull(exists);
        if (!string.IsNullOrWhiteSpace(configured)) return new(configured, null);
        if (exists(MingPath)) return new(MingPath, null);
        if (exists(SansPath))
            return new(SansPath,
                $"未找到明体（宋体类）字体文件“{MingPath}”（软件包 fonts-arphic-uming），PDF 暂以文泉驿微米黑（黑体类）排版。正式文件应使用宋体类字体：请安装 fonts-arphic-uming（sudo apt-get install fonts-arphic-uming），或用环境变量 JIXIAO_PDF_FONT 指定一个 TrueType 宋体/明体字体文件。");
        return new(MingPath, null);
    }
}
