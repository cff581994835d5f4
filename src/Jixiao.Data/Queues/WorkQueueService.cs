using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Queues;

/// <summary>One work queue: its Chinese name, how many documents wait in it, and the first of them (oldest first).</summary>
public sealed record WorkQueue(string Key, string Name, int Count, IReadOnlyList<DocumentSummary> Documents);

/// <summary>
/// The work queues of the landing page (issue 20 item 4): what waits for this user. 待审核 — submitted documents the
/// user may 审核通过; 被退回 — returned documents the user files; 待公开 — approved documents the user may 公开.
/// A document is in a queue exactly when <see cref="AccessPolicy"/> lets the user take that queue's step on it, so
/// the queues and the buttons on the document page always agree.
/// </summary>
public sealed class WorkQueueService(JixiaoStore store)
{
    /// <summary>How many documents of each queue are listed (the count is of all).</summary>
    public const int Listed = 10;

    private readonly JixiaoDbContext _db = store.Context;

    private static readonly (string Key, string Name, WorkflowState State, DocumentAction Step)[] Queues =
    [
        ("review", "待审核", WorkflowState.Submitted, DocumentAction.Approve),
        ("returned", "被退回", WorkflowState.Returned, DocumentAction.Edit),
        ("publish", "待公开", WorkflowState.Approved, DocumentAction.Publish),
    ];

    public async Task<IReadOnlyList<WorkQueue>> ForAsync(Actor? actor, CancellationToken ct = default)
    {
        if (actor is null) throw new AccessDeniedException("请先登录：工作队列只对登录用户显示。");
        var states = Queues.Select(q => q.State).ToArray();
        var q = _db.Documents.AsNoTracking().Where(d => d.JurisdictionId == actor.JurisdictionId && states.Contains(d.State));
        // The same narrowing as the store's visible documents, so a filer or department reviewer never loads others' rows.
        if (actor.Role == Role.UnitFiler) q = q.Where(d => d.BudgetUnitId == actor.BudgetUnitId);
        else if (actor.Role == Role.DepartmentReviewer) q = q.Where(d => d.DepartmentId == actor.DepartmentId);
        // Oldest first, ordered here: SQLite cannot order by a DateTimeOffset column (stored as text with an offset).
        var rows = (await q.ToListAsync(ct).ConfigureAwait(false)).OrderBy(d => d.UpdatedAt).ThenBy(d => d.Id).ToList();
        var result = new List<WorkQueue>();
        foreach (var (key, name, state, step) in Queues)
        {
            var waiting = rows.Where(d => d.State == state
                                          && AccessPolicy.Can(actor, step, new DocumentScope(d.JurisdictionId, d.DepartmentId, d.BudgetUnitId, d.State)))
                .ToList();
            // A queue the role never acts on (待公开 for a filer) is not shown at all.
            if (!RoleActs(actor.Role, step)) continue;
            result.Add(new WorkQueue(key, name, waiting.Count, waiting.Take(Listed).Select(d => new DocumentSummary(d.Id, d.Title, d.FiscalYear,
                d.DepartmentId, d.BudgetUnitId, d.UnitName, d.State, d.CurrentVersion, d.ProjectCount, d.UpdatedAt)).ToList()));
        }
        return result;
    }

    private static bool RoleActs(Role role, DocumentAction step) => (role, step) switch
    {
        (Role.UnitFiler, DocumentAction.Edit) => true,
        (Role.DepartmentReviewer, DocumentAction.Approve or DocumentAction.Edit) => true,
        (Role.FinanceReviewer, DocumentAction.Approve or DocumentAction.Publish) => true,
        _ => false,
    };
}
