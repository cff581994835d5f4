using Jixiao.Core.Model;

namespace Jixiao.Core.Evaluation;

/// <summary>
/// A filled self-evaluation (ACTUALS of <c>jixiao.evaluation/1</c>): what the unit wrote for each project. The
/// computed fields of the format are not here: they are the scorer's (<see cref="EvaluationResult"/>).
/// </summary>
public sealed record EvaluationSheet
{
    public int? FiscalYear { get; init; }
    /// <summary>The unit of the execution amounts; the targets' unit when not stated.</summary>
    public MoneyUnit? MoneyUnit { get; init; }
    public IReadOnlyList<ProjectActuals> Projects { get; init; } = [];
}

/// <summary>年初预算数, 全年预算数, 全年执行数, each as written.</summary>
public sealed record ExecutionActuals(WrittenDecimal? InitialBudget, WrittenDecimal? YearBudget, WrittenDecimal? Executed)
{
    public static readonly ExecutionActuals Empty = new(null, null, null);
}

/// <summary>One project of the sheet, matched to the targets by key, else 项目编码, else name.</summary>
public sealed record ProjectActuals
{
    public string? Key { get; init; }
    public string? Code { get; init; }
    public required string Name { get; init; }
    public ExecutionActuals Execution { get; init; } = ExecutionActuals.Empty;
    public IReadOnlyList<IndicatorActual> Indicators { get; init; } = [];
}

/// <summary>One indicator line, matched by key, else (二级指标, 三级指标), else 三级指标.</summary>
public sealed record IndicatorActual
{
    public string? Key { get; init; }
    public string? Level2 { get; init; }
    public required string Name { get; init; }
    /// <summary>实际完成值 as written; "不适用" marks a line that does not apply.</summary>
    public string? Actual { get; init; }
    /// <summary>达成 / 部分达成 / 未达成, for lines scored by judgement.</summary>
    public string? Grade { get; init; }
    /// <summary>The evaluator's score of a judged line, as written.</summary>
    public WrittenDecimal? Score { get; init; }
    /// <summary>偏差原因分析及改进措施.</summary>
    public string? Reason { get; init; }
}
