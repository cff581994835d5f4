namespace Jixiao.Data.Drafting;

/// <summary>One month-end of a cumulative spending plan as typed: month (3, 6, 10, 12 …) and the percent.</summary>
public sealed record SpendingPlanEntry(int Month, string Percent);

/// <summary>
/// An edit of a project's header (项目表头): null leaves a field unchanged, "" clears it. Money in the document's unit
/// (万元 or 元) as typed; the spending plan and the goals, when given, replace the whole list.
/// </summary>
public sealed record ProjectEdit(
    string? Code = null, string? Name = null, string? Category = null, string? Supervisor = null, string? Implementer = null,
    string? Owner = null, string? Phone = null, string? Total = null, string? Fiscal = null, string? Other = null,
    string? Purpose = null, IReadOnlyList<SpendingPlanEntry>? SpendingPlan = null, IReadOnlyList<string>? Goals = null);

/// <summary>The saved project (its row version to send with the next edit) and its findings after the re-review.</summary>
public sealed record ProjectEditResult(ProjectSummary Summary, Core.Model.Project Model, long RowVersion, IReadOnlyList<FindingView> ProjectFindings);
