using System.Diagnostics;

namespace Jixiao.Documents.Tests.Publishing.Pdf;

/// <summary>Runs an installed tool (pdftoppm, pdffonts, pdftotext, chromium) and returns its standard output; fails the test with its error output.</summary>
internal static class ExternalTool
{
    public static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        // Generous bound so a hung tool fails the test instead of hanging the run; not a speed assertion.
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}");
        return output;
    }

    /// <summary>A folder under the test output (bin/…/artifacts/NAME) kept after the run so a person can look at the files.</summary>
    public static string ArtifactDirectory(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "artifacts", name);
        Directory.CreateDirectory(dir);
        return dir;
    }
}
