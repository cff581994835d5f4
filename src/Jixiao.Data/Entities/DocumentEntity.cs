namespace Jixiao.Data.Entities;

/// <summary>
/// A department's (or one budget unit's) target document for a year, with its workflow state. The counts are
/// kept up to date on every review so that overviews never load findings.
/// </summary>
public sealed class DocumentEntity
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public int DepartmentId { get; set; }
    public int? BudgetUnitId { get; set; }
    public int FiscalYear { get; set; }
    public required string Title { get; set; }
    /// <summary>The budget unit's name, or the department's for a department-level document.</summary>
    public required string UnitName { get; set; }
    public WorkflowState State { get; set; }
    public int CurrentVersion { get; set; }
    /// <summary>退回意见 of the last return.</summary>
    public string? ReturnNote { get; set; }
    public int ProjectCount { get; set; }
    /// <summary>Open (not accepted) findings by severity.</summary>
    public int Errors { get; set; }
    public int Warnings { get; set; }
    public int Infos { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Incremented on every change of the current version; a concurrency token so two edits of different indicators cannot lose one another's snapshot change.</summary>
    public long RowVersion { get; set; }
    /// <summary>
    /// 部门整体绩效目标的行版本：它只存在于快照里（没有行），整体作为一个单元被编辑；编辑时带回此值（If-Match），
    /// 这样改项目的人不会让改部门整体的人失败，两人同时改部门整体时后者被拒绝。
    /// </summary>
    public long OverallRowVersion { get; set; }
    /// <summary>Who last saved the department-wide part and when (for the conflict message); null until first edited.</summary>
    public string? OverallUpdatedBy { get; set; }
    public DateTimeOffset? OverallUpdatedAt { get; set; }
}

/// <summary>
/// One version of a document: the whole model as jixiao.document/1 JSON (fidelity), frozen once submitted.
/// </summary>
public sealed class DocumentVersionEntity
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public DocumentEntity? Document { get; set; }
    public int Number { get; set; }
    public bool Frozen { get; set; }
    /// <summary>The last state this version reached (已送审, then 已审核/被退回/已公开); Draft while editable.</summary>
    public WorkflowState StateWhenFrozen { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The user name of who submitted (送审) this version; null until it is submitted.</summary>
    public string? SubmittedBy { get; set; }
    public required string SnapshotJson { get; set; }
}
