using BenchmarkDotNet.Attributes;
using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Core.Monitoring;
using Jixiao.Documents;

namespace Jixiao.Bench;

/// <summary>
/// Issue 18.10: scoring a document of 100 projects × 12 indicators — goal: warm ≤ 20 ms. The lines are seed 004's real
/// indicators, cycled; the actuals are each target's own figure (formula lines) or a grade and score (judged lines).
/// The monitoring lights of the same document are measured beside it.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class EvaluationBench
{
    private TargetDocument _targets = null!;
    private EvaluationSheet _actuals = null!;
    private MonitoringSheet _progress = null!;
    private readonly SelfEvaluationScorer _scorer = new();
    private readonly MonitoringCalculator _monitor = new();

    [GlobalSetup]
    public void Setup()
    {
        var bytes = File.ReadAllBytes(SeedFiles.Path("004_118d383ccab95c06.txt"));
        var seed = DocumentImporter.CreateDefault().Import("004_118d383ccab95c06.txt", bytes).Document;
        var pool = seed.Projects.SelectMany(p => p.Indicators).ToArray();
        var projects = Enumerable.Range(0, 100).Select(i => seed.Projects[i % seed.Projects.Count] with
        {
            Code = "BENCH" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            Name = "项目" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Indicators = Enumerable.Range(0, 12).Select(k => pool[(i * 12 + k) % pool.Length] with { Name = "指标" + k.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToArray(),
        }).ToArray();
        _targets = seed with { Projects = projects };
        _actuals = new EvaluationSheet
        {
            FiscalYear = 2024,
            Projects = projects.Select(p => new ProjectActuals
            {
                Code = p.Code, Name = p.Name,
                Execution = new ExecutionActuals(p.Budget.Total, p.Budget.Total, p.Budget.Total),
                Indicators = p.Indicators.Select(l => new IndicatorActual
                {
                    Level2 = l.Level2, Name = l.Name,
                    Actual = l.Target is { IsMeasurable: true } t ? t.Number + t.Unit : "已完成",
                    Grade = "达成", Score = WrittenDecimal.TryParse("5"), Reason = "按计划完成",
                }).ToArray(),
            }).ToArray(),
        };
        _progress = new MonitoringSheet
        {
            FiscalYear = 2024,
            AsOf = new DateOnly(2024, 7, 31),
            Projects = projects.Select(p => new ProjectProgress
            {
                Code = p.Code, Name = p.Name,
                Execution = new ExecutionProgress(p.Budget.Total, WrittenDecimal.TryParse("1")),
                Indicators = p.Indicators.Select(l => new IndicatorProgress { Level2 = l.Level2, Name = l.Name, Progress = l.Target?.Number, Likelihood = "有可能" }).ToArray(),
            }).ToArray(),
        };
    }

    [Benchmark]
    public decimal Score100x12() => _scorer.Score(_targets, _actuals).Projects.Sum(p => p.Total ?? 0m);

    [Benchmark]
    public int Monitor100x12() => _monitor.Compute(_targets, _progress).Projects.Count;
}
