namespace Jixiao.Data.Entities;

/// <summary>
/// A monitoring period (监控期) the finance bureau opens for a jurisdiction's year: 1–7月 by default, up to the end of
/// <see cref="EndMonth"/>, with the 报送截止日期 by which units report.
/// </summary>
public sealed class MonitoringPeriodEntity
{
    public int Id { get; set; }
    public int JurisdictionId { get; set; }
    public int FiscalYear { get; set; }
    /// <summary>The last month monitored (7 for 1–7月); the report's date is that month's last day.</summary>
    public int EndMonth { get; set; }
    public DateOnly AsOf { get; set; }
    /// <summary>报送截止日期: reports not submitted by the end of this day are overdue.</summary>
    public DateOnly Deadline { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>
/// One unit's monitoring report (执行监控表) for a period and an approved or published target document: attached to the
/// document's frozen version, with its own workflow; the light counts of the current version are kept for lists.
/// </summary>
public sealed class MonitoringReportEntity
{
    public int Id { get; set; }
    public int PeriodId { get; set; }
    public MonitoringPeriodEntity? Period { get; set; }
    public int DocumentId { get; set; }
    public DocumentEntity? Document { get; set; }
    public int DocumentVersion { get; set; }
    public int JurisdictionId { get; set; }
    public int DepartmentId { get; set; }
    public int? BudgetUnitId { get; set; }
    public int FiscalYear { get; set; }
    public required string DocumentTitle { get; set; }
    public required string UnitName { get; set; }
    public Monitoring.MonitoringState State { get; set; }
    public int CurrentVersion { get; set; }
    public string? ReturnNote { get; set; }
    public int Red { get; set; }
    public int Yellow { get; set; }
    public int Green { get; set; }
    public int Blue { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Incremented on every save, step and follow-up; the client sends it back (If-Match).</summary>
    public long RowVersion { get; set; }
}

/// <summary>
/// One version of a report's inputs: the filled report as <c>jixiao.monitoring/1</c> and the 偏差原因 texts (the format
/// has only the list of causes). Frozen on submit; a return opens the next.
/// </summary>
public sealed class MonitoringReportVersionEntity
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public MonitoringReportEntity? Report { get; set; }
    public int Number { get; set; }
    public bool Frozen { get; set; }
    public required string SheetJson { get; set; }
    /// <summary>偏差原因说明 by item key (<c>projectKey</c> or <c>projectKey/indicatorKey</c>), as JSON.</summary>
    public string? CauseNotesJson { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
}

/// <summary>
/// One lit item of a report's current version — a project's budget execution (<see cref="IndicatorKey"/> empty) or one
/// indicator line — written on every save, so the finance overview counts lights and lists red items without reading
/// the reports; and the finance bureau's 整改要求 / 整改结果 on it, kept across saves.
/// </summary>
public sealed class MonitoringItemEntity
{
    public int Id { get; set; }
    public int ReportId { get; set; }
    public MonitoringReportEntity? Report { get; set; }
    public int PeriodId { get; set; }
    public int JurisdictionId { get; set; }
    public int DepartmentId { get; set; }
    public int? BudgetUnitId { get; set; }
    public int Position { get; set; }
    public required string ProjectKey { get; set; }
    /// <summary>Empty for the project's own execution item.</summary>
    public required string IndicatorKey { get; set; }
    public required string ProjectName { get; set; }
    public required string Name { get; set; }
    public string? Target { get; set; }
    public string? Progress { get; set; }
    public required string Light { get; set; }
    /// <summary>The causes picked, joined by 、.</summary>
    public string? Causes { get; set; }
    public string? CauseNote { get; set; }
    public string? Remedy { get; set; }
    /// <summary>Project items: 全年预算数 and 截至执行数 in 万元, the rates in percent, the plan as <c>month:percent;…</c>.</summary>
    public decimal? BudgetWan { get; set; }
    public decimal? ExecutedWan { get; set; }
    public decimal? PlannedRate { get; set; }
    public decimal? ExecutionRate { get; set; }
    public string? Plan { get; set; }
    public string? Requirement { get; set; }
    public string? RequirementBy { get; set; }
    public DateTimeOffset? RequirementAt { get; set; }
    public string? Outcome { get; set; }
    public string? OutcomeBy { get; set; }
    public DateTimeOffset? OutcomeAt { get; set; }
}
