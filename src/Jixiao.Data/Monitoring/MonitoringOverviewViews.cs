namespace Jixiao.Data.Monitoring;

/// <summary>Light counts over the items (each project's execution and each indicator line) of reported monitoring tables.</summary>
public sealed record LightCounts(int Red, int Yellow, int Green, int Blue, int None)
{
    public int Total => Red + Yellow + Green + Blue + None;
}

/// <summary>One department's monitoring in a period: documents to report on, reported, and the light counts.</summary>
public sealed record DepartmentMonitoring(int DepartmentId, string DepartmentName, int Documents, int Reported, LightCounts Lights);

/// <summary>A red item of a reported table with its causes, remedy and the finance bureau's follow-up.</summary>
public sealed record RedItem(int ReportId, int DepartmentId, string DepartmentName, string UnitName, string ProjectKey, string? IndicatorKey,
    string ProjectName, string Name, string? Target, string? Progress, string? Causes, string? CauseNote, string? Remedy, string? Requirement,
    string? Outcome);

/// <summary>
/// A document of the period's year not yet reported (no table, 填报中 or 被退回): days left until the 报送截止日期, negative
/// once it is past (逾期).
/// </summary>
public sealed record PendingSubmission(int DocumentId, int? ReportId, int DepartmentId, string DepartmentName, string UnitName, string Title,
    string State, DateOnly Deadline, int DaysLeft)
{
    public bool Overdue => DaysLeft < 0;
}

/// <summary>
/// Planned against actual cumulative spending (万元) over the year: the planned curve at each month-end from the
/// projects' own plans, the actual amounts at each period's end (reported tables).
/// </summary>
public sealed record SpendingCurve(string Name, decimal BudgetWan, IReadOnlyList<decimal> PlannedWan, IReadOnlyList<SpendingPoint> Actual);

/// <summary>Actual cumulative spending at a period's end.</summary>
public sealed record SpendingPoint(int Month, DateOnly AsOf, decimal ExecutedWan);

/// <summary>
/// The finance bureau's view of a period (a department reviewer's: their department's; a filer's: their unit's): light
/// counts per department and in total, the red items (a page of them), the submissions still pending before (or past)
/// the deadline, and the spending curve in total.
/// </summary>
public sealed record MonitoringOverview(MonitoringPeriodView Period, DateOnly Today, LightCounts Total, int Documents, int Reported,
    IReadOnlyList<DepartmentMonitoring> Departments, IReadOnlyList<RedItem> RedItems, int RedItemsTotal, IReadOnlyList<PendingSubmission> Pending, SpendingCurve Spending);
