using Jixiao.Data.Evaluation;

namespace Jixiao.Data.DepartmentEvaluation;

/// <summary>What a department enters: the 总体目标's 实际完成情况 and per overall indicator (by stable key) what a project line takes.</summary>
public sealed record DepartmentEvaluationInputs(string? GoalActual, IReadOnlyList<EvaluationLineInput> Lines);

/// <summary>A department-wide self-evaluation as lists show it, with the finance bureau's 复核 and its difference.</summary>
public sealed record DepartmentEvaluationSummary(int Id, int DocumentId, int DocumentVersion, int FiscalYear, string UnitName, int DepartmentId,
    int? BudgetUnitId, EvaluationState State, string StateName, int CurrentVersion, decimal? Total, string? Grade, decimal? ReviewScore,
    string? ReviewGrade, decimal? Difference, string? ReturnNote, long RowVersion, DateTimeOffset UpdatedAt);

/// <summary>
/// One project of the document as the department-wide evaluation sums it: its budget and execution (in the document's
/// unit, 2 decimals), its self-evaluation's state, total and grade (null until submitted).
/// </summary>
public sealed record DepartmentProjectRow(int Position, string Key, string Name, decimal? Budget, decimal? Executed, int? EvaluationId,
    string StateName, decimal? Total, string? Grade);

/// <summary>How many of the projects with a result got a grade, and their share in percent.</summary>
public sealed record DepartmentGradeShare(string Grade, int Count, decimal Share);

/// <summary>The whole department-wide self-evaluation, scored.</summary>
public sealed record DepartmentEvaluationDetail(DepartmentEvaluationSummary Summary, string DocumentTitle, string? ReviewNote, string? ReviewedBy,
    string MoneyUnit, IReadOnlyList<string> Goals, string? GoalActual, EvaluationExecutionView Execution, IReadOnlyList<DepartmentProjectRow> Projects,
    int EvaluatedCount, IReadOnlyList<DepartmentGradeShare> Grades, IReadOnlyList<EvaluationLineView> Lines,
    IReadOnlyList<EvaluationFindingView> Findings, bool BlocksSubmission, IReadOnlyList<EvaluationVersionView> Versions)
{
    /// <summary>The inputs as they stand, for a client to edit and send back.</summary>
    public DepartmentEvaluationInputs Inputs => new(GoalActual,
        Lines.Where(l => l.Key is not null).Select(l => new EvaluationLineInput(l.Key!, l.NotApplicable ? null : l.Actual, l.Grade,
            l.WrittenScore, l.Reason, l.NotApplicable)).ToArray());
}

/// <summary>A document's department-wide self-evaluation, if started, and whether the actor may start it.</summary>
public sealed record DocumentDepartmentEvaluation(int DocumentId, string Title, int FiscalYear, string UnitName, string DocumentState,
    int OverallIndicators, bool CanStart, DepartmentEvaluationSummary? Evaluation);
