using Jixiao.Core.Model;
using Jixiao.Core.Review;

namespace Jixiao.Core.Evaluation;

/// <summary>
/// 部门整体自评所汇总的一个项目：其单位自评的全年预算数、全年执行数（按自评表的金额单位）与等级。
/// <see cref="Grade"/> 为 null 表示该项目的自评尚未提交（或尚未开始）。
/// </summary>
public sealed record ProjectOutcome
{
    public string? Key { get; init; }
    public required string Name { get; init; }
    /// <summary>全年预算数（无则年初预算数、再无则目标表的资金总额），以 <see cref="MoneyUnit"/> 计。</summary>
    public decimal? Budget { get; init; }
    /// <summary>全年执行数；null 表示未填。</summary>
    public decimal? Executed { get; init; }
    /// <summary>金额单位；null 为文档的单位。</summary>
    public MoneyUnit? MoneyUnit { get; init; }
    /// <summary>已提交（或已确认、已公开）的自评等级；null 表示尚无结果。</summary>
    public string? Grade { get; init; }
    public decimal? Total { get; init; }
}

/// <summary>一个等级的项目数及其占已评项目的比例（百分比，两位小数）。</summary>
public sealed record GradeShare(string Grade, int Count, decimal Share);

/// <summary>
/// 部门整体自评的结果：所有项目合计的预算与执行（以文档的金额单位）、各项目自评等级的分布、整体指标逐项得分
/// （<see cref="Overall"/>：与项目行同一计分器，预算执行率按合计计分）、总分与等级及问题。
/// </summary>
public sealed record DepartmentEvaluationResult
{
    public MoneyUnit? MoneyUnit { get; init; }
    public decimal BudgetTotal { get; init; }
    public decimal ExecutedTotal { get; init; }
    public int ProjectCount { get; init; }
    /// <summary>已有自评结果的项目数（<see cref="Grades"/> 的分母）。</summary>
    public int EvaluatedCount { get; init; }
    public IReadOnlyList<GradeShare> Grades { get; init; } = [];
    /// <summary>整体指标与预算执行的计分（一个名为“部门整体”的项目）。</summary>
    public required ProjectEvaluation Overall { get; init; }
    /// <summary>汇总项目时的问题（EVD-…）；整体指标的问题在 <see cref="Overall"/> 中。</summary>
    public IReadOnlyList<Finding> ProjectFindings { get; init; } = [];

    public decimal? Total => Overall.Total;
    public string? Grade => Overall.Grade;
    public IEnumerable<Finding> Findings => ProjectFindings.Concat(Overall.Findings);

    /// <summary>True while an error remains: the department-wide self-evaluation cannot be submitted.</summary>
    public bool BlocksSubmission => Findings.Any(f => f.Severity == Severity.Error && !f.IsAccepted);
}
