namespace Jixiao.Data.Evaluation;

/// <summary>
/// What a unit enters for one project (all as written; numbers are checked when saved): 年初预算数, 全年预算数, 全年执行数,
/// the 年度总体目标's 实际完成情况, and per indicator line (by stable key) 实际完成值, grade and score of a judged line,
/// 偏差原因分析及改进措施, or 不适用.
/// </summary>
public sealed record EvaluationInputs(string? InitialBudget, string? YearBudget, string? Executed, string? GoalActual,
    IReadOnlyList<EvaluationLineInput> Lines);

/// <summary>One line's inputs; <see cref="NotApplicable"/> stores the actual as 不适用 (the format's marker).</summary>
public sealed record EvaluationLineInput(string Key, string? Actual, string? Grade = null, string? Score = null, string? Reason = null,
    bool NotApplicable = false);

/// <summary>A self-evaluation as lists show it, with the finance bureau's 复核 and its difference from the unit's total.</summary>
public sealed record EvaluationSummary(int Id, int DocumentId, int DocumentVersion, int FiscalYear, string ProjectKey, string? ProjectCode,
    string ProjectName, string UnitName, int DepartmentId, int? BudgetUnitId, EvaluationState State, string StateName, int CurrentVersion,
    decimal? Total, string? Grade, decimal? ReviewScore, string? ReviewGrade, decimal? Difference, string? ReturnNote, long RowVersion,
    DateTimeOffset UpdatedAt);

/// <summary>预算执行 of the project: the inputs as written, 执行率 and its score out of <see cref="Points"/>.</summary>
public sealed record EvaluationExecutionView(string? InitialBudget, string? YearBudget, string? Executed, decimal? Rate, decimal? Score, decimal Points);

/// <summary>
/// One indicator line, pre-filled from the targets (levels, name, 指标值), with what was entered and what the scorer made
/// of it. <see cref="FarPastTarget"/> flags a result more than 20% past its target for the evaluator.
/// </summary>
public sealed record EvaluationLineView(int Position, string? Key, string? Level1, string? Level2, string Name, string? Target, string? Actual,
    string? Grade, string? WrittenScore, decimal? Score, decimal? Points, string? Method, string? MethodName, string? Reason,
    bool NotApplicable, bool FarPastTarget, bool Judged);

/// <summary>A finding of the scorer (EVA-…); <see cref="Line"/> is the 1-based line it is about, if any.</summary>
public sealed record EvaluationFindingView(string RuleId, string Severity, string Where, string Message, int? Line)
{
    public bool IsError => Severity == "错误";
}

/// <summary>A version of the inputs: frozen once submitted.</summary>
public sealed record EvaluationVersionView(int Number, bool Frozen, decimal? Total, string? Grade, string CreatedBy, DateTimeOffset CreatedAt,
    string? SubmittedBy, DateTimeOffset? SubmittedAt);

/// <summary>The whole self-evaluation of one project, scored.</summary>
public sealed record EvaluationDetail(EvaluationSummary Summary, string DocumentTitle, string? ReviewNote, string? ReviewedBy,
    string MoneyUnit, IReadOnlyList<string> Goals, string? GoalActual, EvaluationExecutionView Execution,
    IReadOnlyList<EvaluationLineView> Lines, IReadOnlyList<EvaluationFindingView> Findings, bool BlocksSubmission,
    IReadOnlyList<EvaluationVersionView> Versions)
{
    /// <summary>The inputs as they stand, for a client to edit and send back.</summary>
    public EvaluationInputs Inputs => new(Execution.InitialBudget, Execution.YearBudget, Execution.Executed, GoalActual,
        Lines.Where(l => l.Key is not null).Select(l => new EvaluationLineInput(l.Key!, l.NotApplicable ? null : l.Actual, l.Grade,
            l.WrittenScore, l.Reason, l.NotApplicable)).ToArray());
}

/// <summary>The projects of an approved or published document and the self-evaluation of each, if started.</summary>
public sealed record DocumentEvaluations(int DocumentId, string Title, int FiscalYear, string UnitName, string DocumentState, bool CanStart,
    IReadOnlyList<ProjectEvaluationEntry> Projects);

public sealed record ProjectEvaluationEntry(string ProjectKey, string? Code, string Name, EvaluationSummary? Evaluation);

/// <summary>How many projects got each grade: the unit's own and, where recorded, the finance bureau's 复核.</summary>
public sealed record GradeDistribution(int FiscalYear, IReadOnlyList<GradeCount> Unit, IReadOnlyList<GradeCount> Reviewed, int Evaluations);

public sealed record GradeCount(string Grade, int Count);

/// <summary>
/// A filled 自评表 read for one project before it is saved: each line as read and matched, with its Chinese error or
/// warning; <see cref="CanCommit"/> is false while the project or a line cannot be matched.
/// </summary>
public sealed record EvaluationImportPreview(bool CanCommit, IReadOnlyList<string> Errors, EvaluationInputs? Inputs,
    IReadOnlyList<EvaluationImportRow> Rows, decimal? Total, string? Grade);

public sealed record EvaluationImportRow(int Row, string? Level2, string Name, string? Actual, string? Grade, string? Score, string? Reason,
    bool Matched, IReadOnlyList<string> Problems);
