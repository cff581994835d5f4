namespace Jixiao.Data.Entities;

/// <summary>
/// 单位自评 of one project of an approved (or published) target document: attached to the document's frozen version
/// and to the project's stable key, with its own workflow state, the unit's total and grade of the current version,
/// and the finance bureau's checked score (复核). Scope columns are copied from the document so lists need no join.
/// </summary>
public sealed class SelfEvaluationEntity
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public DocumentEntity? Document { get; set; }
    /// <summary>The frozen version of the target document the evaluation is scored against.</summary>
    public int DocumentVersion { get; set; }
    public int JurisdictionId { get; set; }
    public int DepartmentId { get; set; }
    public int? BudgetUnitId { get; set; }
    public int FiscalYear { get; set; }
    /// <summary>The project's stable key (jixiao.document/1 <c>key</c>).</summary>
    public required string ProjectKey { get; set; }
    public string? ProjectCode { get; set; }
    public required string ProjectName { get; set; }
    public required string UnitName { get; set; }
    public Evaluation.EvaluationState State { get; set; }
    public int CurrentVersion { get; set; }
    /// <summary>退回意见 of the last return.</summary>
    public string? ReturnNote { get; set; }
    /// <summary>The unit's total (自评得分) of the current version; null while it cannot be computed.</summary>
    public decimal? Total { get; set; }
    /// <summary>优 / 良 / 中 / 差 of <see cref="Total"/>.</summary>
    public string? Grade { get; set; }
    /// <summary>财政复核得分, beside the unit's.</summary>
    public decimal? ReviewScore { get; set; }
    public string? ReviewGrade { get; set; }
    public string? ReviewNote { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Incremented on every save and step; the client sends it back (If-Match).</summary>
    public long RowVersion { get; set; }
}

/// <summary>
/// One version of a self-evaluation's inputs: the filled sheet of the one project as <c>jixiao.evaluation/1</c> and the
/// 年度总体目标's 实际完成情况 (a field the format has no place for). Frozen on submit; a return opens the next.
/// </summary>
public sealed class SelfEvaluationVersionEntity
{
    public int Id { get; set; }
    public int EvaluationId { get; set; }
    public SelfEvaluationEntity? Evaluation { get; set; }
    public int Number { get; set; }
    public bool Frozen { get; set; }
    public required string SheetJson { get; set; }
    public string? GoalActual { get; set; }
    public decimal? Total { get; set; }
    public string? Grade { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
}
