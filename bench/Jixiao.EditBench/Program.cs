using System.Diagnostics;
using System.Globalization;
using System.Text;
using Jixiao.Data;
using Jixiao.Data.Demo;
using Jixiao.Data.Drafting;
using Jixiao.Data.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// Must-hold 11 of issue 17: saving one indicator of a stored 100 × 12 document, with the re-review and the refreshed
// findings, p95 ≤ 50 ms server-side on SQLite. Each save uses a fresh context and store, as one web request does.
//   JIXIAO_SHARED=/work/shared dotnet run -c Release --project bench/Jixiao.EditBench -- [projects] [indicators] [saves]
// With JIXIAO_TIMING=1 it also prints the save's stages summed over the timed saves.
var projects = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
var perProject = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 12;
var saves = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
const int Warmup = 20;

var shared = Environment.GetEnvironmentVariable("JIXIAO_SHARED") ?? Path.GetFullPath("../shared");
var seed = await File.ReadAllTextAsync(Path.Combine(shared, "seeds", "002_0e0ca6b7649d2b1c.txt"));
var file = Path.Combine(Path.GetTempPath(), $"jixiao-editbench-{Guid.NewGuid():N}.db");
var connection = $"Data Source={file}";
try
{
    await using (var context = JixiaoDatabase.CreateContext(DatabaseProvider.Sqlite, connection))
    {
        await context.Database.MigrateAsync();
        await new DemoData(context, new DemoDataOptions("Bench-Pass-2026")).EnsureSeededAsync();
    }
    JixiaoStore NewStore() => new(JixiaoDatabase.CreateContext(DatabaseProvider.Sqlite, connection));
    var filer = await NewStore().SignInAsync("filer.301002", "Bench-Pass-2026") ?? throw new InvalidOperationException("登录失败");
    var text = SyntheticDocument.Text(seed, projects, perProject);
    // Seed 002 names 秦皇岛市抚宁区司法局, not the demo unit it is filed under: the import asks to confirm that.
    var doc = await NewStore().CommitImportAsync(filer, "合成文档.txt", Encoding.UTF8.GetBytes(text), filer.DepartmentId!.Value, filer.BudgetUnitId, 2022,
        new Jixiao.Data.Importing.ImportChoice(NameConfirmed: true));
    var detail = await NewStore().GetDocumentAsync(filer, doc.Id);
    var middle = await NewStore().GetProjectAsync(filer, detail.Projects[detail.Projects.Count / 2].Id);
    var row = middle.Indicators[0];
    Console.WriteLine($"文档：{detail.Projects.Count} 个项目，{detail.Model.Projects.Sum(p => p.Indicators.Count)} 项指标；保存第 {middle.Summary.Name} 的指标“{row.Name}”。");

    // The machine is shared: the load average beside each figure says how much of it was ours.
    static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
    var loadBefore = Load();
    var times = new List<double>(saves);
    var version = row.RowVersion;
    var findings = 0;
    var cpu = TimeSpan.Zero;
    for (var n = 0; n < Warmup + saves; n++)
    {
        // CPU time of the process over the timed saves: what a save costs whatever else the shared machine runs.
        if (n == Warmup)
        {
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            Jixiao.Documents.Diagnostics.StageTimes.Reset();
        }
        await using var context = JixiaoDatabase.CreateContext(DatabaseProvider.Sqlite, connection);
        var edits = new DocumentEditService(new JixiaoStore(context));
        // Alternating a value the review accepts and one it flags, so the findings really change on every save.
        var value = n % 2 == 0 ? "不知道" : "100";
        var clock = Stopwatch.StartNew();
        var result = await edits.UpdateIndicatorAsync(filer, row.Id, new IndicatorEdit(Value: value), version);
        clock.Stop();
        version = result.Row.RowVersion;
        findings = result.ProjectFindings.Count;
        if (n >= Warmup) times.Add(clock.Elapsed.TotalMilliseconds);
    }
    var cpuPerSave = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / saves;
    times.Sort();
    double Pct(double p) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(p / 100 * times.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"保存一项指标（含重新审核与审核发现）：{saves} 次，p50 {Pct(50):F1} ms，p95 {Pct(95):F1} ms，最大 {times[^1]:F1} ms，每次 CPU {cpuPerSave:F1} ms；本项目审核发现 {findings} 条；负载 {loadBefore} → {Load()}。"));
    // JIXIAO_TIMING=1: where a save's time went, summed over the timed saves (DocumentEditService's stages).
    Jixiao.Documents.Diagnostics.StageTimes.Report(Console.Out);
}
finally
{
    SqliteConnection.ClearAllPools();
    foreach (var f in new[] { file, file + "-wal", file + "-shm" })
        if (File.Exists(f)) File.Delete(f);
}
