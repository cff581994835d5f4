using Jixiao.Core.Model;

namespace Jixiao.Core.Monitoring;

/// <summary>A filled monitoring report (PROGRESS of <c>jixiao.monitoring/1</c>): what the unit wrote; lights are computed.</summary>
public sealed record MonitoringSheet
{
    public int? FiscalYear { get; init; }
    /// <summary>截至日期; the settings' checkpoint when not stated.</summary>
    public DateOnly? AsOf { get; init; }
    public MoneyUnit? MoneyUnit { get; init; }
    public IReadOnlyList<ProjectProgress> Projects { get; init; } = [];
}

/// <summary>全年预算数 and 截至执行数, as written.</summary>
public sealed record ExecutionProgress(WrittenDecimal? YearBudget, WrittenDecimal? Executed)
{
    public static readonly ExecutionProgress Empty = new(null, null);
}

/// <summary>
/// One project: execution to date, and (an addition to FORMAT.md's shape, which RULES.md's 偏差原因 per project needs)
/// the causes and remedy of a project whose spending lags.
/// </summary>
public sealed record ProjectProgress
{
    public string? Key { get; init; }
    public string? Code { get; init; }
    public required string Name { get; init; }
    public ExecutionProgress Execution { get; init; } = ExecutionProgress.Empty;
    public IReadOnlyList<string> Causes { get; init; } = [];
    public string? Remedy { get; init; }
    public IReadOnlyList<IndicatorProgress> Indicators { get; init; } = [];
}

/// <summary>One indicator line of the report.</summary>
public sealed record IndicatorProgress
{
    public string? Key { get; init; }
    public string? Level2 { get; init; }
    public required string Name { get; init; }
    /// <summary>截至 asOf 的完成值, as written.</summary>
    public string? Progress { get; init; }
    /// <summary>全年预计完成值, as written.</summary>
    public string? Forecast { get; init; }
    /// <summary>完成目标可能性: 确定能 / 有可能 / 完全不可能.</summary>
    public string? Likelihood { get; init; }
    public IReadOnlyList<string> Causes { get; init; } = [];
    /// <summary>纠偏措施.</summary>
    public string? Remedy { get; init; }
}
