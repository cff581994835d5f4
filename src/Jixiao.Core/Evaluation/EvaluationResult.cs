using Jixiao.Core.Model;
using Jixiao.Core.Review;

namespace Jixiao.Core.Evaluation;

/// <summary>How a line was scored (FORMAT.md <c>method</c>).</summary>
public enum ScoringMethod
{
    /// <summary>≥ / &gt;: min(actual / target, 1) × points.</summary>
    GreaterRatio,
    /// <summary>≤ / &lt;: full when within the ceiling, else target / actual × points (or the deviation formula).</summary>
    LessRatio,
    /// <summary>=: full points when met.</summary>
    Equal,
    /// <summary>A deadline met: full points.</summary>
    Deadline,
    /// <summary>The evaluator's grade and score.</summary>
    Judged,
    /// <summary>Left out; the other lines rescaled.</summary>
    NotApplicable,
}

public static class ScoringMethods
{
    public static string ToFormat(this ScoringMethod method) => method switch
    {
        ScoringMethod.GreaterRatio => "ge-ratio",
        ScoringMethod.LessRatio => "le-ratio",
        ScoringMethod.Equal => "equal",
        ScoringMethod.Deadline => "deadline",
        ScoringMethod.Judged => "judged",
        _ => "not-applicable",
    };

    public static string ToChinese(this ScoringMethod method) => method switch
    {
        ScoringMethod.GreaterRatio => "按完成比例",
        ScoringMethod.LessRatio => "按控制比例",
        ScoringMethod.Equal => "等于目标",
        ScoringMethod.Deadline => "按时完成",
        ScoringMethod.Judged => "评判",
        _ => "不适用",
    };
}

/// <summary>
/// The scored self-evaluation: every project of the sheet with its lines (pre-filled from the targets, line for line),
/// points, scores, totals, grade and findings.
/// </summary>
public sealed record EvaluationResult(int? FiscalYear, MoneyUnit? MoneyUnit, IReadOnlyList<ProjectEvaluation> Projects)
{
    public IEnumerable<Finding> Findings => Projects.SelectMany(p => p.Findings);

    /// <summary>True while a finding of severity error remains: the self-evaluation cannot be submitted.</summary>
    public bool BlocksSubmission => Findings.Any(f => f.Severity == Severity.Error && !f.IsAccepted);
}

/// <summary>
/// One project's evaluation. <see cref="Matched"/> is false for a project of the sheet the targets do not have: it is
/// echoed with its finding and not scored (no totals).
/// </summary>
public sealed record ProjectEvaluation
{
    public string? Key { get; init; }
    public string? Code { get; init; }
    public required string Name { get; init; }
    public bool Matched { get; init; } = true;
    public ExecutionActuals Execution { get; init; } = ExecutionActuals.Empty;
    public IReadOnlyList<IndicatorEvaluation> Indicators { get; init; } = [];
    /// <summary>执行率 in percent, rounded to 2 decimals; null when it cannot be computed.</summary>
    public decimal? ExecutionRate { get; init; }
    public decimal? ExecutionScore { get; init; }
    /// <summary>Sum of the rounded line scores.</summary>
    public decimal? IndicatorScore { get; init; }
    /// <summary><see cref="ExecutionScore"/> + <see cref="IndicatorScore"/>.</summary>
    public decimal? Total { get; init; }
    /// <summary>优 / 良 / 中 / 差.</summary>
    public string? Grade { get; init; }
    public IReadOnlyList<Finding> Findings { get; init; } = [];
}

/// <summary>One line: what was filled, and its points, score and method (null for a line the targets do not have).</summary>
public sealed record IndicatorEvaluation
{
    public string? Key { get; init; }
    public string? Level1 { get; init; }
    public string? Level2 { get; init; }
    public required string Name { get; init; }
    /// <summary>The target as written (指标值), for display; null for an unmatched line.</summary>
    public string? Target { get; init; }
    public string? Actual { get; init; }
    public string? Grade { get; init; }
    /// <summary>The evaluator's score as written (judged lines), kept so the output prints it as written.</summary>
    public WrittenDecimal? WrittenScore { get; init; }
    /// <summary>The line's score, rounded to 2 decimals; null for a line left out or unmatched.</summary>
    public decimal? Score { get; init; }
    public string? Reason { get; init; }
    /// <summary>分值 (2 decimals at most); 0 for a line that does not apply; null when unmatched.</summary>
    public decimal? Points { get; init; }
    public ScoringMethod? Method { get; init; }
}
