namespace Jixiao.Data.Entities;

/// <summary>
/// 部门整体自评 of one approved (or published) target document: its 部门整体 indicators scored against the document's
/// frozen version, the execution and grades of the document's projects summed from their own self-evaluations. The
/// same workflow as a project's (填报中 → 已提交 → 已确认 → 已公开, 被退回), the finance bureau's 复核 beside the unit's.
/// </summary>
public sealed class DepartmentEvaluationEntity
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public DocumentEntity? Document { get; set; }
    /// <summary>The frozen version of the target document whose 部门整体 indicators are scored.</summary>
    public int DocumentVersion { get; set; }
    public int JurisdictionId { get; set; }
    public int DepartmentId { get; set; }
    public int? BudgetUnitId { get; set; }
    public int FiscalYear { get; set; }
    public required string UnitName { get; set; }
    public Evaluation.EvaluationState State { get; set; }
    public int CurrentVersion { get; set; }
    public string? ReturnNote { get; set; }
    public decimal? Total { get; set; }
    public string? Grade { get; set; }
    public decimal? ReviewScore { get; set; }
    public string? ReviewGrade { get; set; }
    public string? ReviewNote { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public long RowVersion { get; set; }
}

/// <summary>
/// One version of a department-wide self-evaluation: the overall lines as <c>jixiao.evaluation/1</c> (one project named
/// 部门整体), the 总体目标's 实际完成情况, and — once submitted — the projects' execution and grades as they were then
/// (<see cref="ProjectsJson"/>), so a frozen version keeps its total when a project's evaluation later changes.
/// </summary>
public sealed class DepartmentEvaluationVersionEntity
{
    public int Id { get; set; }
    public int EvaluationId { get; set; }
    public DepartmentEvaluationEntity? Evaluation { get; set; }
    public int Number { get; set; }
    public bool Frozen { get; set; }
    public required string SheetJson { get; set; }
    public string? GoalActual { get; set; }
    /// <summary>The projects summed, frozen on submit; null while the version is open (read live).</summary>
    public string? ProjectsJson { get; set; }
    public decimal? Total { get; set; }
    public string? Grade { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
}
