namespace Jixiao.Data.Monitoring;

/// <summary>What a unit enters for a report: per project (by stable key) and per indicator line (by stable key), as written.</summary>
public sealed record MonitoringInputs(IReadOnlyList<ProjectProgressInput> Projects);

/// <summary>
/// 全年预算数 and 截至执行数 of a project, and for a project whose spending lags: 偏差原因 (picked from the settings' list,
/// with a text) and 纠偏措施.
/// </summary>
public sealed record ProjectProgressInput(string Key, string? YearBudget, string? Executed, IReadOnlyList<string>? Causes = null,
    string? CauseNote = null, string? Remedy = null, IReadOnlyList<LineProgressInput>? Lines = null);

/// <summary>截至完成值, 全年预计完成值, 完成目标可能性, 偏差原因 (+ text) and 纠偏措施 of one line.</summary>
public sealed record LineProgressInput(string Key, string? Progress = null, string? Forecast = null, string? Likelihood = null,
    IReadOnlyList<string>? Causes = null, string? CauseNote = null, string? Remedy = null);

/// <summary>A monitoring period: 1–<see cref="EndMonth"/>月 of a year, its date and 报送截止日期.</summary>
public sealed record MonitoringPeriodView(int Id, int FiscalYear, int EndMonth, string Name, DateOnly AsOf, DateOnly Deadline, string CreatedBy);

/// <summary>A report as lists show it, with the light counts of its current version (projects and lines together).</summary>
public sealed record MonitoringReportSummary(int Id, int PeriodId, string PeriodName, DateOnly Deadline, int DocumentId, int DocumentVersion,
    int FiscalYear, string DocumentTitle, string UnitName, int DepartmentId, int? BudgetUnitId, MonitoringState State, string StateName,
    int CurrentVersion, int Red, int Yellow, int Green, int Blue, string? ReturnNote, long RowVersion, DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt);

/// <summary>The finance bureau's 整改要求 on an item and, later, 整改结果.</summary>
public sealed record FollowUpView(int ItemId, string? Requirement, string? RequirementBy, DateTimeOffset? RequirementAt, string? Outcome,
    string? OutcomeBy, DateTimeOffset? OutcomeAt);

/// <summary>One project of a report: execution against its own plan, its light and its lines.</summary>
public sealed record MonitoringProjectView(int Position, string Key, string? Code, string Name, string? YearBudget, string? Executed,
    decimal? PlannedRate, decimal? ExecutionRate, string Light, string LightName, IReadOnlyList<string> Causes, string? CauseNote,
    string? Remedy, FollowUpView? FollowUp, IReadOnlyList<MonitoringLineView> Lines);

/// <summary>One indicator line with what was entered and its light.</summary>
public sealed record MonitoringLineView(int Position, string Key, string? Level2, string Name, string? Target, string? Progress,
    string? Forecast, string? Likelihood, IReadOnlyList<string> Causes, string? CauseNote, string? Remedy, string Light, string LightName,
    FollowUpView? FollowUp);

/// <summary>A finding of the calculator (MON-…): <see cref="Project"/> and <see cref="Line"/> are 1-based positions.</summary>
public sealed record MonitoringFindingView(string RuleId, string Severity, int? Project, int? Line, string Message)
{
    public bool IsError => Severity == "错误";
}

public sealed record MonitoringVersionView(int Number, bool Frozen, string CreatedBy, DateTimeOffset CreatedAt, string? SubmittedBy,
    DateTimeOffset? SubmittedAt);

/// <summary>A whole report, lit; <see cref="Causes"/> and <see cref="Likelihoods"/> are the choices the settings allow.</summary>
public sealed record MonitoringReportDetail(MonitoringReportSummary Summary, DateOnly AsOf, string MoneyUnit,
    IReadOnlyList<MonitoringProjectView> Projects, IReadOnlyList<MonitoringFindingView> Findings, bool BlocksSubmission,
    IReadOnlyList<MonitoringVersionView> Versions, IReadOnlyList<string> Causes, IReadOnlyList<string> Likelihoods)
{
    /// <summary>The inputs as they stand, for a client to edit and send back.</summary>
    public MonitoringInputs Inputs => new(Projects.Select(p => new ProjectProgressInput(p.Key, p.YearBudget, p.Executed, p.Causes, p.CauseNote,
        p.Remedy, p.Lines.Select(l => new LineProgressInput(l.Key, l.Progress, l.Forecast, l.Likelihood, l.Causes, l.CauseNote, l.Remedy))
            .ToArray())).ToArray());
}

/// <summary>An approved or published document of the period's year and its report, if started.</summary>
public sealed record MonitoringDocumentEntry(int DocumentId, string Title, string UnitName, int DepartmentId, string DocumentState, bool CanStart,
    MonitoringReportSummary? Report);

/// <summary>A filled 监控表 read before it is saved: each row as read, matched or not, with its Chinese problems.</summary>
public sealed record MonitoringImportPreview(bool CanCommit, IReadOnlyList<string> Errors, MonitoringInputs? Inputs,
    IReadOnlyList<MonitoringImportRow> Rows);

public sealed record MonitoringImportRow(int Row, string Project, string? Name, string? Executed, string? Progress, string? Forecast,
    string? Likelihood, string? Causes, string? Remedy, bool Matched, IReadOnlyList<string> Problems);
