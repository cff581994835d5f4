namespace Jixiao.Data.Overview;

/// <summary>
/// What the finance bureau narrows the overview to: 年度, 部门, 预算单位, 状态, a name (部门、单位 or document title
/// contains it) and a code (部门 or 单位编码 starts with it), and 只看逾期.
/// </summary>
public sealed record OverviewFilter(int? Year = null, int? DepartmentId = null, int? BudgetUnitId = null, WorkflowState? State = null,
    string? Name = null, string? Code = null, bool OverdueOnly = false);

/// <summary>One document in the overview: where it belongs, its state, budget total (万元), open findings and whether it is overdue.</summary>
public sealed record OverviewDocument(int DocumentId, int FiscalYear, int DepartmentId, string DepartmentCode, string DepartmentName,
    int? BudgetUnitId, string? UnitCode, string UnitName, string Title, WorkflowState State, string StateName, int Projects,
    decimal BudgetWan, int Errors, int Warnings, DateOnly? Deadline, bool Overdue, DateTimeOffset UpdatedAt);

/// <summary>
/// One department's line: its documents by state, budget total, open findings and overdue documents, over the
/// documents the filter keeps. Every department of the jurisdiction has a line, with zeros when it has no document.
/// </summary>
public sealed record OverviewDepartment(int DepartmentId, string Code, string Name, int Documents, int Draft, int Submitted, int Returned,
    int Approved, int Published, decimal BudgetWan, int Errors, int Warnings, int Overdue);

/// <summary>A budget unit of the jurisdiction, for the unit filter.</summary>
public sealed record OverviewUnit(int Id, int DepartmentId, string Code, string Name);

/// <summary>Documents and budget total in one state.</summary>
public sealed record OverviewState(WorkflowState State, string Name, int Documents, decimal BudgetWan);

/// <summary>
/// The jurisdiction overview (辖区总览): totals by state, one line per department, and the filtered documents a page
/// at a time. <see cref="Today"/> is the day overdue was judged (Beijing time).
/// </summary>
public sealed record JurisdictionOverview(OverviewFilter Filter, DateOnly Today, IReadOnlyList<OverviewState> States,
    IReadOnlyList<OverviewDepartment> Departments, Paged<OverviewDocument> Documents, int OverdueDocuments, decimal BudgetWan,
    IReadOnlyList<OverviewUnit> Units);
