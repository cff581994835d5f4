using Jixiao.Core.Model;
using Jixiao.Core.Performance;
using Jixiao.Core.Review;

namespace Jixiao.Core.Monitoring;

/// <summary>The lit monitoring report: every project of the sheet with its lines, lights and findings.</summary>
public sealed record MonitoringResult(int? FiscalYear, DateOnly AsOf, MoneyUnit? MoneyUnit, IReadOnlyList<ProjectMonitoring> Projects)
{
    public IEnumerable<Finding> Findings => Projects.SelectMany(p => p.Findings);

    /// <summary>True while a finding of severity error remains (a red item without cause and remedy).</summary>
    public bool BlocksSubmission => Findings.Any(f => f.Severity == Severity.Error && !f.IsAccepted);
}

/// <summary>One project's monitoring; <see cref="Matched"/> false for a project the targets do not have (no lights).</summary>
public sealed record ProjectMonitoring
{
    public string? Key { get; init; }
    public string? Code { get; init; }
    public required string Name { get; init; }
    public bool Matched { get; init; } = true;
    public ExecutionProgress Execution { get; init; } = ExecutionProgress.Empty;
    public IReadOnlyList<string> Causes { get; init; } = [];
    public string? Remedy { get; init; }
    public IReadOnlyList<IndicatorMonitoring> Indicators { get; init; } = [];
    /// <summary>The plan's cumulative percent at asOf (2 decimals).</summary>
    public decimal? PlannedRate { get; init; }
    /// <summary>Executed / year budget × 100 (2 decimals).</summary>
    public decimal? ExecutionRate { get; init; }
    public Light Light { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];
}

/// <summary>One line with its light.</summary>
public sealed record IndicatorMonitoring
{
    public string? Key { get; init; }
    public string? Level2 { get; init; }
    public required string Name { get; init; }
    /// <summary>年度指标值 as written, for display.</summary>
    public string? Target { get; init; }
    public string? Progress { get; init; }
    public string? Forecast { get; init; }
    public string? Likelihood { get; init; }
    public IReadOnlyList<string> Causes { get; init; } = [];
    public string? Remedy { get; init; }
    public Light Light { get; init; }
}
