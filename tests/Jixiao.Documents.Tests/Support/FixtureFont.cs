namespace Jixiao.Documents.Tests.Support;

/// <summary>
/// The one font LibreOffice may use when it makes a fixture. LibreOffice lays text out with whatever fonts fontconfig
/// offers, and substitutes freely for the fonts our .docx names (宋体, 黑体, Times New Roman): on a machine with
/// fonts-noto-cjk or fonts-arphic-uming installed the same .docx breaks its lines and pages elsewhere than on a bare
/// one. So every LibreOffice run of the tests goes through a fontconfig file of the test run's own
/// (<see cref="FontconfigFile"/>) that knows exactly one font file and maps every family to it. The pagination then
/// depends only on that file and the LibreOffice build, both installed by scripts/install-deps.sh.
/// </summary>
public sealed record FixtureFont(string Name, string Family, string FilePath, string Package)
{
    /// <summary>文泉驿微米黑 (sans-serif): the font our PDF writer embeds, so every machine that runs the tests has it.</summary>
    public static readonly FixtureFont WenQuanYiMicroHei =
        new("wqy", "WenQuanYi Micro Hei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "fonts-wqy-microhei");

    /// <summary>AR PL UMing (a 明体/宋体 serif, wider glyphs than 微米黑): the same pages set in it break at other places.</summary>
    public static readonly FixtureFont ArphicUMing =
        new("uming", "AR PL UMing CN", "/usr/share/fonts/truetype/arphic/uming.ttc", "fonts-arphic-uming");

    public override string ToString() => Name;

    /// <summary>
    /// A fontconfig file under <paramref name="root"/> offering only this font (copied into a folder of its own:
    /// LibreOffice finds no font at all where the folder holds a symbolic link to it),
    /// every requested family rewritten to it, and a cache of its own. Set as FONTCONFIG_FILE for LibreOffice.
    /// </summary>
    public string FontconfigFile(string root)
    {
        if (!File.Exists(FilePath))
            throw new InvalidOperationException($"测试夹具需要字体文件 {FilePath}（软件包 {Package}）：请运行 scripts/install-deps.sh。");
        var dir = Path.Combine(root, "fonts-" + Name);
        var fonts = Path.Combine(dir, "fonts");
        var config = Path.Combine(dir, "fonts.conf");
        if (File.Exists(config)) return config;
        Directory.CreateDirectory(fonts);
        File.Copy(FilePath, Path.Combine(fonts, Path.GetFileName(FilePath)), overwrite: true);
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <dir>{fonts}</dir>
              <cachedir>{Path.Combine(dir, "cache")}</cachedir>
              <match target="pattern">
                <edit name="family" mode="assign" binding="strong"><string>{Family}</string></edit>
              </match>
            </fontconfig>
            """;
        File.WriteAllText(config + ".tmp", xml);
        File.Move(config + ".tmp", config, overwrite: true);
        return config;
    }
}
