using System.Diagnostics;

namespace Jixiao.Cli.Tests;

/// <summary>
/// The `jixiao` a finance office installs is compiled ahead of time (scripts/build-cli.sh): trimming and native
/// compilation can silently drop what reflection would have found (JSON, resources, font or PDF code paths).
/// These tests run that executable as a process and require it to say and write exactly what the in-process
/// command does, on every seed and every real document.
/// </summary>
public class NativeCliTests(NativeCli native) : IClassFixture<NativeCli>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jixiao-native-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> Seeds() => new(SeedFiles().Select(Path.GetFileName)!);

    public static TheoryData<string> RealDocuments() =>
        new(Directory.GetFiles(Path.Combine(ImportCommandTests.SharedDir(), "realdocs"), "*.pdf").Select(Path.GetFileName).Order()!);

    private static IEnumerable<string> SeedFiles() =>
        Directory.GetFiles(Path.Combine(ImportCommandTests.SharedDir(), "seeds"), "*.txt").Order();

    private static string Seed(string name) => Path.Combine(ImportCommandTests.SharedDir(), "seeds", name);

    private static string RealDocument(string name) => Path.Combine(ImportCommandTests.SharedDir(), "realdocs", name);

    private static (int Code, string Out, string Err) InProcess(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (JixiaoCommand.Run(args, output, error), output.ToString(), error.ToString());
    }

    private void AssertSame(params string[] args)
    {
        var expected = InProcess(args);
        var actual = native.Run(args);
        // Help names the running executable: in-process that is the test host.
        if (args.Contains("--help")) expected.Out = expected.Out.Replace("testhost", "jixiao");
        Assert.Equal(expected.Out, actual.Out);
        Assert.Equal(expected.Err, actual.Err);
        Assert.Equal(expected.Code, actual.Code);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Import_and_check_of_a_seed_print_the_same(string seed)
    {
        AssertSame("import", Seed(seed));
        AssertSame("import", Seed(seed), "--json");
        AssertSame("check", Seed(seed));
        AssertSame("check", Seed(seed), "--json");
    }

    [Theory]
    [MemberData(nameof(RealDocuments))]
    public void Check_of_a_real_pdf_prints_the_same(string file)
    {
        AssertSame("check", RealDocument(file), "--json");
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("docx")]
    [InlineData("xlsx")]
    [InlineData("html")]
    public void Published_files_read_back_as_the_in_process_ones(string format)
    {
        foreach (var seed in SeedFiles())
        {
            var name = Path.GetFileNameWithoutExtension(seed) + "." + format;
            var nativeOut = Directory.CreateDirectory(Path.Combine(_dir, "native")).FullName;
            var ownOut = Directory.CreateDirectory(Path.Combine(_dir, "own")).FullName;
            var published = native.Run("publish", seed, "--to", format, "--out", Path.Combine(nativeOut, name));
            Assert.True(published.Code == 0, published.Err);
            Assert.Equal(0, InProcess("publish", seed, "--to", format, "--out", Path.Combine(ownOut, name)).Code);

            // Same file name in both folders, so the JSON (which names the file) is comparable.
            var fromNative = InProcess("import", Path.Combine(nativeOut, name), "--json");
            var fromOwn = InProcess("import", Path.Combine(ownOut, name), "--json");
            Assert.True(fromNative.Code == 0, fromNative.Err);
            Assert.Equal(fromOwn.Out, fromNative.Out);
            if (format is "pdf" or "html")
                // No time stamps in these two formats: the bytes themselves must agree (fonts subset alike, etc.).
                Assert.Equal(File.ReadAllBytes(Path.Combine(ownOut, name)), File.ReadAllBytes(Path.Combine(nativeOut, name)));
        }
    }

    [Fact]
    public void Annotated_pdf_and_csv_are_byte_for_byte_the_in_process_ones()
    {
        var file = RealDocument("shanghai_putuo_finance_bureau_2025_dept.pdf");
        var n = native.Run("check", file, "--annotate", Path.Combine(_dir, "n.pdf"), "--csv", Path.Combine(_dir, "n.csv"));
        var o = InProcess("check", file, "--annotate", Path.Combine(_dir, "o.pdf"), "--csv", Path.Combine(_dir, "o.csv"));
        Assert.Equal(o.Code, n.Code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "o.pdf")), File.ReadAllBytes(Path.Combine(_dir, "n.pdf")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_dir, "o.csv")), File.ReadAllBytes(Path.Combine(_dir, "n.csv")));
    }

    [Fact]
    public void An_acceptance_written_natively_is_read_in_process_and_back()
    {
        // The acceptance file is JSON written through a source-generated serializer: reflection would be trimmed away.
        var seed = Seed("000_1b90dd015f35285f.txt");
        var store = Path.Combine(_dir, "accepted.json");
        using var json = System.Text.Json.JsonDocument.Parse(InProcess("check", seed, "--json").Out);
        var fingerprint = json.RootElement.GetProperty("findings").EnumerateArray()
            .First(f => f.GetProperty("severity").GetString() == "error").GetProperty("fingerprint").GetString()!;

        var accepted = native.Run("accept", seed, "--fingerprint", fingerprint, "--reason", "经核实，财政局同意", "--by", "张审核", "--store", store);
        Assert.True(accepted.Code == 0, accepted.Err);
        Assert.Contains("经核实，财政局同意", File.ReadAllText(store));
        AssertSame("check", seed, "--accepted", store, "--json");
    }

    [Fact]
    public void The_executable_copied_without_its_drawing_library_says_so_in_Chinese_and_writes_nothing()
    {
        var alone = Directory.CreateDirectory(Path.Combine(_dir, "alone")).FullName;
        var copy = Path.Combine(alone, "jixiao");
        File.Copy(native.Executable, copy); // keeps the executable bit on Unix
        var output = Path.Combine(alone, "004.pdf");

        var result = native.RunOther(copy, "publish", Seed("004_118d383ccab95c06.txt"), "--to", "pdf", "--out", output);

        Assert.Equal(2, result.Code);
        Assert.Contains("libSkiaSharp.so", result.Err);
        Assert.Contains("同一目录", result.Err);
        Assert.DoesNotContain("Exception", result.Err);
        Assert.False(File.Exists(output));
        // What needs no drawing library still works from the lone executable.
        Assert.Equal(0, native.RunOther(copy, "import", Seed("004_118d383ccab95c06.txt")).Code);
    }

    [Fact]
    public void Evaluate_and_monitor_print_the_same_on_every_seed()
    {
        foreach (var seed in SeedFiles())
        {
            AssertSame("evaluate", seed, "--template", "--json");
            AssertSame("monitor", seed, "--template");
        }
        var s003 = Seed("003_33e3c13fb73fd403.txt");
        var actuals = Path.Combine(_dir, "自评.json");
        File.WriteAllText(actuals, EvaluateCommandTests.FilledSeed003(InProcess("evaluate", s003, "--template").Out, wageReason: null));
        AssertSame("evaluate", s003, "--actuals", actuals);
        AssertSame("evaluate", s003, "--actuals", actuals, "--json");
        var s004 = Seed("004_118d383ccab95c06.txt");
        var progress = Path.Combine(_dir, "监控.json");
        File.WriteAllText(progress, MonitorCommandTests.FilledSeed004(InProcess("monitor", s004, "--template").Out, explained: false));
        AssertSame("monitor", s004, "--progress", progress);
        AssertSame("monitor", s004, "--progress", progress, "--as-of", "2024-06-30", "--json");
        AssertSame("evaluate", s003, "--actuals", Path.Combine(_dir, "不存在.json"));
        AssertSame("monitor", s004, "--template", "--as-of", "七月");
    }

    [Fact]
    public void The_excel_self_evaluation_template_written_natively_reads_as_the_in_process_one()
    {
        var seed = Seed("004_118d383ccab95c06.txt");
        var nativeOut = Path.Combine(Directory.CreateDirectory(Path.Combine(_dir, "native")).FullName, "自评表.xlsx");
        var ownOut = Path.Combine(Directory.CreateDirectory(Path.Combine(_dir, "own")).FullName, "自评表.xlsx");
        var written = native.Run("evaluate", seed, "--template", nativeOut);
        Assert.True(written.Code == 0, written.Err);
        Assert.Equal(0, InProcess("evaluate", seed, "--template", ownOut).Code);
        var fromNative = native.Run("evaluate", seed, "--actuals", nativeOut, "--json");
        var fromOwn = InProcess("evaluate", seed, "--actuals", ownOut, "--json");
        Assert.Equal(fromOwn.Code, fromNative.Code);
        Assert.Equal(fromOwn.Out, fromNative.Out);
    }

    [Fact]
    public void Help_and_usage_errors_are_the_same_Chinese_texts()
    {
        AssertSame("--help");
        AssertSame("check", "--help");
        AssertSame("publish", Seed("000_1b90dd015f35285f.txt"), "--to", "odt");
        AssertSame("import", Path.Combine(_dir, "不存在.docx"));
    }
}

/// <summary>
/// The natively compiled `jixiao`: the one scripts/test.sh built (JIXIAO_NATIVE_CLI), or built here by
/// scripts/build-cli.sh when the tests run on their own.
/// </summary>
public sealed class NativeCli : IDisposable
{
    private readonly string? _ownBuild;

    public NativeCli()
    {
        var given = Environment.GetEnvironmentVariable("JIXIAO_NATIVE_CLI");
        if (!string.IsNullOrEmpty(given))
        {
            Assert.True(File.Exists(given), $"JIXIAO_NATIVE_CLI={given} does not exist");
            Path_ = given;
            return;
        }
        _ownBuild = Directory.CreateTempSubdirectory("jixiao-native-build-").FullName;
        var build = Process(FindRepository("scripts", "build-cli.sh"), ["bash", "scripts/build-cli.sh", _ownBuild], TimeSpan.FromMinutes(15));
        Assert.True(build.Code == 0, build.Err + build.Out);
        Path_ = System.IO.Path.Combine(_ownBuild, "jixiao");
    }

    private string Path_ { get; }

    /// <summary>The native executable's path.</summary>
    public string Executable => Path_;

    public (int Code, string Out, string Err) Run(params string[] args) => RunOther(Path_, args);

    /// <summary>Runs another copy of the executable.</summary>
    public (int Code, string Out, string Err) RunOther(string executable, params string[] args) =>
        Process(Directory.GetCurrentDirectory(), [executable, .. args], TimeSpan.FromMinutes(2));

    public void Dispose()
    {
        if (_ownBuild is not null) Directory.Delete(_ownBuild, recursive: true);
    }

    private static string FindRepository(params string[] marker)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine([dir.FullName, .. marker]))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    private static (int Code, string Out, string Err) Process(string workingDirectory, string[] command, TimeSpan limit)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in command.Skip(1)) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', command)} ran past {limit}");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
