namespace Jixiao.Data;

/// <summary>A jurisdiction (行政区划/财政级次), e.g. 某某市.</summary>
public sealed record JurisdictionSummary(int Id, string Name, string Code);

/// <summary>A budget unit (预算单位) of a department.</summary>
public sealed record BudgetUnitSummary(int Id, string Name, string Code);

/// <summary>A department (部门) with its units and the fiscal years it has (or may have) documents for.</summary>
public sealed record DepartmentSummary(int Id, string Name, string Code, string Kind, IReadOnlyList<BudgetUnitSummary> Units, IReadOnlyList<int> FiscalYears);

/// <summary>A stored document: whose, which year, workflow state, current version.</summary>
public sealed record DocumentSummary(int Id, string Title, int FiscalYear, int DepartmentId, int? BudgetUnitId, string UnitName,
    WorkflowState State, int CurrentVersion, int ProjectCount, DateTimeOffset UpdatedAt);

/// <summary>One month-end of a cumulative spending plan (资金支出计划), e.g. 3月底 → 15.</summary>
public sealed record SpendingPoint(string Label, decimal? Percent);

/// <summary>
/// A project line of the overview: budget as written and in 万元 (exact), spending plan, open finding counts.
/// </summary>
public sealed record ProjectSummary(int Id, int DocumentId, string? Code, string Name, string UnitName, decimal? BudgetWan,
    string? BudgetAsWritten, string MoneyUnit, IReadOnlyList<SpendingPoint> SpendingPlan, int Errors, int Warnings);

/// <summary>A department's year: its documents, every project, 合计 in 万元 and the open findings by severity.</summary>
public sealed record YearOverview(DepartmentSummary Department, int FiscalYear, IReadOnlyList<DocumentSummary> Documents,
    Paged<ProjectSummary> Projects, decimal TotalWan, int Errors, int Warnings, int Infos);

/// <summary>One version of a document with its whole model and one page of its project lines.</summary>
public sealed record DocumentDetail(DocumentSummary Summary, int Version, Jixiao.Core.Model.TargetDocument Model,
    Paged<ProjectSummary> Projects, string? ReturnNote)
{
    /// <summary>合计 of all projects' budgets in 万元 (exact), not just this page's; null when no project states a budget.</summary>
    public decimal? ProjectsTotalWan { get; init; }

    /// <summary>Open (not accepted) 错误 findings of the current version, document-wide; what 送审 asks about.</summary>
    public int OpenErrors { get; init; }

    /// <summary>The document's row version: what adding a project sends back as If-Match (编制).</summary>
    public long RowVersion { get; init; }
}

/// <summary>A stored indicator row of the current version; <see cref="RowVersion"/> must be sent back with an edit.</summary>
public sealed record IndicatorRow(int Id, int Position, string? Level1, string? Level2, string Name, string? Description,
    string? Nature, string? Value, string? Unit, string? Weight, string? Basis, long RowVersion);

/// <summary>
/// A project page: the project, its indicator rows and findings, whether this actor may edit it now, and the project's
/// <see cref="RowVersion"/> to send back with a header edit.
/// </summary>
public sealed record ProjectDetail(ProjectSummary Summary, DocumentSummary Document, Jixiao.Core.Model.Project Model,
    IReadOnlyList<IndicatorRow> Indicators, IReadOnlyList<FindingView> Findings, bool CanEdit, long RowVersion);

/// <summary>Which findings to list; null = any.</summary>
public sealed record FindingFilter(string? Severity = null, string? RuleId = null, int? ProjectId = null, bool IncludeAccepted = true);

/// <summary>A stored review finding (审核意见), with its acceptance when a reviewer accepted it.</summary>
public sealed record FindingView(int Id, string RuleId, string Severity, string Message, string Where, int? ProjectId, int? IndicatorId,
    string? Suggestion, string Fingerprint, bool Accepted, string? AcceptedReason, string? AcceptedBy, FixView? Fix = null);

/// <summary>
/// 一键修正 of a finding: the indicator field (<c>value</c> 指标值 / <c>nature</c> 指标性质) and its exact old → new text.
/// Applied with <c>DocumentEditService.ApplyFixAsync</c>, which re-derives it from the current review rather than trusting
/// this copy.
/// </summary>
public sealed record FixView(string Field, string From, string To)
{
    /// <summary>“将指标值“≥5万元”改为“≤5万元””.</summary>
    public string Describe() => new Jixiao.Core.Review.Fixes.FindingFix(null, Field, From, To).Describe();
}

/// <summary>One version of a document; frozen versions never change.</summary>
public sealed record VersionSummary(int Version, WorkflowState StateWhenFrozen, bool Frozen, string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>One changed field between two versions.</summary>
public sealed record FieldChange(string Where, string Field, string? Old, string? New);

/// <summary>What changed from one version to another.</summary>
public sealed record VersionDiff(int From, int To, Paged<FieldChange> Changes);

/// <summary>One line of the audit log (操作日志): who, when, what, where, which field, old → new.</summary>
public sealed record AuditEntry(DateTimeOffset At, string User, string Action, string? Where, string? Field, string? Old, string? New);

/// <summary>What an import would store, before it is stored.</summary>
public sealed record ImportPreview(string Layout, string Encoding, int Projects, int Indicators, string? Department, int? FiscalYear,
    decimal? TotalWan, IReadOnlyList<string> UnplacedRows, IReadOnlyList<FindingView> Findings);

/// <summary>An edit of one indicator; null leaves a field unchanged, "" clears it.</summary>
public sealed record IndicatorEdit(string? Name = null, string? Description = null, string? Nature = null, string? Value = null,
    string? Unit = null, string? Weight = null, string? Basis = null);

/// <summary>The saved row and the project's findings after the re-review.</summary>
public sealed record IndicatorEditResult(IndicatorRow Row, IReadOnlyList<FindingView> ProjectFindings);
