using System.Collections.Concurrent;
using System.Diagnostics;
using Jixiao.Documents.Publishing.Pdf;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// PDF versions of the seeds, built during the test run (binaries are never committed) and cached for the rest of
/// it beside the Office fixtures: what LibreOffice headless makes of our .docx (a second producer, with its own
/// fonts, line breaking and border drawing), and what our own <see cref="PdfPublisher"/> writes. Damaged variants
/// (encrypted with qpdf, truncated) are derived from them. Thread-safe: each file is built once.
/// </summary>
internal static class PdfFixtures
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Built = new(StringComparer.Ordinal);

    /// <summary>The seed's .docx (our writer) converted to PDF by LibreOffice.</summary>
    public static string LibreOfficePdfPath(string seed) => Once("lo-pdf/" + seed, () =>
        OfficeFixtures.LibreOfficeConvert(OfficeFixtures.DocxPath(seed), "pdf", "lo-pdf"));

    /// <summary>The seed published by our own PDF writer.</summary>
    public static string OwnPdfPath(string seed) => Once("own-pdf/" + seed, () =>
    {
        var document = DocumentImporter.CreateDefault().Import(seed, Seeds.Bytes(seed)).Document;
        var path = PathIn("own-pdf", Path.GetFileNameWithoutExtension(seed) + ".pdf");
        using (var stream = File.Create(path + ".tmp")) PdfPublisher.Write(document, stream);
        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    });

    /// <summary>The LibreOffice PDF of a seed encrypted by qpdf (AES-256) with a user password.</summary>
    public static string EncryptedPdfPath(string seed, string userPassword) => Once($"enc/{userPassword}/{seed}", () =>
    {
        var target = PathIn("enc-" + (userPassword.Length == 0 ? "open" : "locked"), Path.GetFileNameWithoutExtension(seed) + ".pdf");
        Run("qpdf", "--encrypt", userPassword, "owner-secret", "256", "--", LibreOfficePdfPath(seed), target);
        return target;
    });

    private static string PathIn(string subdirectory, string fileName)
    {
        var dir = Path.Combine(OfficeFixtures.Directory, subdirectory);
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, fileName);
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"无法启动 {program}：请先运行 scripts/install-deps.sh。");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} 超过 2 分钟未结束。");
        }
        // qpdf exits 3 for warnings, with the output written.
        if (process.ExitCode is not (0 or 3))
            throw new InvalidOperationException($"{program} 失败（退出码 {process.ExitCode}）：{stdout.Result}{stderr.Result}");
    }

    private static string Once(string key, Func<string> build) =>
        Built.GetOrAdd(key, _ => new Lazy<string>(build, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
