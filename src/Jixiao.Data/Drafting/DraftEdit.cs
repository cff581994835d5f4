using Jixiao.Core.Model;
using Jixiao.Data.Entities;

namespace Jixiao.Data.Drafting;

/// <summary>What an edit is guarded by: the row whose <c>RowVersion</c> the client read (sent as If-Match).</summary>
public enum EditGuard { Document, Project, Indicator, Overall }

/// <summary>The draft as one edit operation sees it: the current version's model and the guarded row's key.</summary>
internal sealed record DraftState(TargetDocument Model, DocumentEntity Document, string? ProjectKey, string? IndicatorKey);

/// <summary>One audit line of an edit (who and when are added by the pipeline).</summary>
internal sealed record AuditLine(string Action, string Where, string? Field, string? Old, string? New);

/// <summary>
/// What an edit operation returns: the model after it, the audit lines, the rows whose row version it bumps (what it
/// changed, so that a stale edit of the same row is refused) and the project/indicator the answer is about.
/// No audit lines means nothing changed and nothing is saved.
/// </summary>
internal sealed record DraftChange(TargetDocument Model, IReadOnlyList<AuditLine> Audit,
    IReadOnlyCollection<string> TouchedProjects, IReadOnlyCollection<string> TouchedIndicators,
    string? FocusProject, string? FocusIndicator)
{
    /// <summary>True when the department-wide part changed: its row version is bumped (it has no row of its own).</summary>
    public bool TouchedOverall { get; init; }

    public static DraftChange None(DraftState s) => new(s.Model, [], [], [], s.ProjectKey, s.IndicatorKey);
}

/// <summary>
/// The answer to every drafting edit: the document's new row version, the project it concerned (summary, model, row
/// version, its findings after the re-review), the indicator when one was concerned, and every project's summary with
/// its refreshed 错误/警告 counts (the project list beside the table).
/// </summary>
public sealed record DraftEditResult(int DocumentId, long DocumentRowVersion, ProjectSummary? Project, Project? ProjectModel,
    long? ProjectRowVersion, IndicatorRow? Indicator, IReadOnlyList<ProjectSummary> Projects, IReadOnlyList<FindingView> ProjectFindings)
{
    /// <summary>The department-wide part's row version after the edit (send it back with the next edit of that part).</summary>
    public long OverallRowVersion { get; init; }
    /// <summary>The department-wide part after the edit.</summary>
    public OverallTarget? Overall { get; init; }
    /// <summary>The department-wide part's findings after the re-review (those placed at 部门整体绩效目标).</summary>
    public IReadOnlyList<FindingView> OverallFindings { get; init; } = [];
}
