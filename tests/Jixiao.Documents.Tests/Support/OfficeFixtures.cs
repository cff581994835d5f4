using System.Collections.Concurrent;
using System.Diagnostics;
using Jixiao.Documents.Publishing.Docx;
using Jixiao.Documents.Publishing.Xlsx;

namespace Jixiao.Documents.Tests.Support;

/// <summary>
/// Office versions of the seeds, built during the test run (binaries are never committed) and cached for the rest
/// of it in one temp directory per process: our own writer's .docx/.xlsx (from importing the seed's text), and
/// what a second producer makes of them — LibreOffice headless converting our .docx to .odt and back to .docx, and
/// our .xlsx to .xls and back to .xlsx — so the readers are not tuned only to our own output. LibreOffice runs under
/// a fontconfig of the test run's own that offers one font (<see cref="FixtureFont"/>), so its line and page breaks do
/// not depend on the fonts a machine happens to have. Thread-safe: each file is built once; LibreOffice runs one at a
/// time with a private profile, so parallel test runs do not collide.
/// Other test areas (PDF) may use these paths as inputs.
/// </summary>
public static class OfficeFixtures
{
    private static readonly Lazy<string> Root = new(() =>
        System.IO.Directory.CreateTempSubdirectory($"jixiao-office-{Environment.ProcessId}-").FullName);

    private static readonly ConcurrentDictionary<string, Lazy<string>> Built = new(StringComparer.Ordinal);
    private static readonly Lock LibreOfficeLock = new();

    /// <summary>The directory every fixture of this run is written to.</summary>
    public static string Directory => Root.Value;

    /// <summary>The seed published as .docx by <see cref="DocxPublisher"/>.</summary>
    public static string DocxPath(string seed) => Once("docx/" + seed, () =>
        Publish(seed, ".docx", (doc, stream) => DocxPublisher.Write(doc, stream)));

    /// <summary>The seed published as .xlsx by <see cref="XlsxPublisher"/>.</summary>
    public static string XlsxPath(string seed) => Once("xlsx/" + seed, () =>
        Publish(seed, ".xlsx", (doc, stream) => XlsxPublisher.Write(doc, stream)));

    /// <summary>Our .docx converted by LibreOffice to .odt and back to .docx (Word 2007 XML).</summary>
    public static string LibreOfficeRoundTripDocxPath(string seed) => Once("lo-docx/" + seed, () =>
        RoundTrip(DocxPath(seed), "odt", "docx:MS Word 2007 XML", "lo-docx"));

    /// <summary>Our .xlsx converted by LibreOffice to .xls (Excel 97) and back to .xlsx.</summary>
    public static string LibreOfficeRoundTripXlsxPath(string seed) => Once("lo-xlsx/" + seed, () =>
        RoundTrip(XlsxPath(seed), "xls:MS Excel 97", "xlsx:Calc MS Excel 2007 XML", "lo-xlsx"));

    /// <summary>
    /// Converts <paramref name="source"/> with LibreOffice to <paramref name="filter"/> into a subdirectory, every
    /// text set in <paramref name="font"/> (文泉驿微米黑 when not given); returns the new file.
    /// </summary>
    public static string LibreOfficeConvert(string source, string filter, string subdirectory, FixtureFont? font = null)
    {
        var outDir = Path.Combine(Directory, subdirectory);
        System.IO.Directory.CreateDirectory(outDir);
        var extension = filter.Split(':')[0];
        var target = Path.Combine(outDir, Path.GetFileNameWithoutExtension(source) + "." + extension);
        lock (LibreOfficeLock)
        {
            var profile = new Uri(Path.Combine(Directory, "lo-profile")).AbsoluteUri;
            var start = new ProcessStartInfo("soffice")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // Only the pinned font: fontconfig reads FONTCONFIG_FILE instead of the machine's configuration.
            start.Environment["FONTCONFIG_FILE"] = (font ?? FixtureFont.WenQuanYiMicroHei).FontconfigFile(Directory);
            start.Environment.Remove("FONTCONFIG_PATH");
            foreach (var arg in new[] { $"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, source })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException("无法启动 soffice（LibreOffice）：请先运行 scripts/install-deps.sh。");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"LibreOffice 转换 {source} 超过 3 分钟未结束。");
            }
            if (process.ExitCode != 0 || !File.Exists(target))
                throw new InvalidOperationException($"LibreOffice 转换 {source} → {filter} 失败（退出码 {process.ExitCode}）：{stdout.Result}{stderr.Result}");
        }
        return target;
    }

    private static string Once(string key, Func<string> build) =>
        Built.GetOrAdd(key, _ => new Lazy<string>(build, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static string Publish(string seed, string extension, Action<Jixiao.Core.Model.TargetDocument, Stream> write)
    {
        var document = DocumentImporter.CreateDefault().Import(seed, Seeds.Bytes(seed)).Document;
        var dir = Path.Combine(Directory, extension.TrimStart('.'));
        System.IO.Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, Path.GetFileNameWithoutExtension(seed) + extension);
        using (var stream = File.Create(path + ".tmp")) write(document, stream);
        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }

    private static string RoundTrip(string source, string intermediateFilter, string backFilter, string name)
    {
        var intermediate = LibreOfficeConvert(source, intermediateFilter, name + "-step1");
        return LibreOfficeConvert(intermediate, backFilter, name);
    }
}
