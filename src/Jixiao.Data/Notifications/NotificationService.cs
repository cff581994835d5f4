using Jixiao.Data.Administration;
using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Notifications;

/// <summary>
/// One notification (通知): a document the user files or reviews was 退回 (with the note), 审核通过 or 公开 by someone
/// else. <see cref="Id"/> is the audit line's id, so marking it read needs nothing but that id.
/// </summary>
public sealed record Notification(long Id, DateTimeOffset At, string Kind, int DocumentId, string DocumentTitle, string UnitName,
    int FiscalYear, string By, string? Note, bool Read, string Message);

/// <summary>
/// In-app notifications of returns, approvals and publication (issue 20 item 4). They are not a second record of the
/// workflow: they are read from the audit log the workflow already writes (the 状态 line of each 退回 / 审核通过 / 公开,
/// and the 意见 line beside a 退回), so every path that takes those steps notifies, and nothing can be notified that
/// did not happen. Who is concerned: a 单位填报人 — documents of their unit; a 部门审核人 — documents of their
/// department (including the department's own). Nobody is notified of their own step. Read marks are rows of
/// <c>notification_reads</c>; a user created later starts after the audit line that was last when they were created.
/// </summary>
public sealed class NotificationService(JixiaoDbContext db, PersonDirectory persons, TimeProvider time)
{
    /// <summary>The workflow steps that notify (the audit actions <c>WorkflowAction.ToChinese()</c> writes).</summary>
    public static readonly string[] Kinds = [WorkflowAction.Return.ToChinese(), WorkflowAction.Approve.ToChinese(), WorkflowAction.Publish.ToChinese()];

    private const string StateField = "状态";
    private const string NoteField = "意见";

    /// <summary>An audit line with its document (a class with setters: EF can filter on members of a member-init projection, not of a constructor's).</summary>
    private sealed class Line
    {
        public long Id { get; init; }
        public DateTimeOffset At { get; init; }
        public required string UserName { get; init; }
        public required string Action { get; init; }
        public int DocumentId { get; init; }
        public required string Title { get; init; }
        public required string UnitName { get; init; }
        public int FiscalYear { get; init; }
    }

    /// <summary>The audit lines that are this user's notifications, as a query (null: the role is notified of nothing).</summary>
    private IQueryable<Line>? Lines(UserEntity user)
    {
        var kinds = Kinds;
        var jurisdiction = user.JurisdictionId;
        var since = user.NotificationsFrom;
        var self = user.UserName;
        var documents = db.Documents.AsNoTracking().Where(d => d.JurisdictionId == jurisdiction);
        switch (user.Role)
        {
            case Role.UnitFiler when user.BudgetUnitId is int unit:
                documents = documents.Where(d => d.BudgetUnitId == unit);
                break;
            case Role.DepartmentReviewer when user.DepartmentId is int department:
                documents = documents.Where(d => d.DepartmentId == department);
                break;
            default:
                return null;
        }
        return from a in db.AuditLog.AsNoTracking()
               join d in documents on a.DocumentId equals d.Id
               where a.Id > since && a.Field == StateField && kinds.Contains(a.Action) && a.UserName != self
               select new Line
               {
                   Id = a.Id, At = a.At, UserName = a.UserName, Action = a.Action, DocumentId = d.Id, Title = d.Title,
                   UnitName = d.UnitName, FiscalYear = d.FiscalYear,
               };
    }

    private IQueryable<Line> Unread(IQueryable<Line> lines, int userId) =>
        lines.Where(l => !db.Set<NotificationReadEntity>().Any(r => r.UserId == userId && r.AuditEntryId == l.Id));

    /// <summary>How many notifications the user has not read (the number on the app bar's bell).</summary>
    public async Task<int> UnreadCountAsync(Actor? actor, CancellationToken ct = default)
    {
        var user = await UserAsync(actor, ct).ConfigureAwait(false);
        return Lines(user) is { } lines ? await Unread(lines, user.Id).CountAsync(ct).ConfigureAwait(false) : 0;
    }

    /// <summary>One page of the user's notifications, newest first; <paramref name="unreadOnly"/> leaves out what was read.</summary>
    public async Task<Paged<Notification>> ListAsync(Actor? actor, bool unreadOnly = false, PageRequest? page = null, CancellationToken ct = default)
    {
        var paging = (page ?? PageRequest.First).Checked();
        var user = await UserAsync(actor, ct).ConfigureAwait(false);
        if (Lines(user) is not { } lines) return new Paged<Notification>([], 0, paging.Page, paging.PageSize);
        if (unreadOnly) lines = Unread(lines, user.Id);
        var found = await lines.OrderByDescending(l => l.Id).ToPagedAsync(paging, ct).ConfigureAwait(false);
        var ids = found.Select(l => l.Id).ToArray();
        var read = ids.Length == 0 ? [] : await db.Set<NotificationReadEntity>().AsNoTracking()
            .Where(r => r.UserId == user.Id && ids.Contains(r.AuditEntryId)).Select(r => r.AuditEntryId).ToListAsync(ct).ConfigureAwait(false);
        var notes = await NotesAsync(found, ct).ConfigureAwait(false);
        var names = await persons.LabelsAsync(actor, found.Select(l => l.UserName), ct).ConfigureAwait(false);
        return found.Map(l =>
        {
            var by = names.GetValueOrDefault(l.UserName, l.UserName);
            var note = notes.GetValueOrDefault(l.Id);
            return new Notification(l.Id, l.At, l.Action, l.DocumentId, l.Title, l.UnitName, l.FiscalYear, by, note, read.Contains(l.Id),
                MessageOf(l, by, note));
        });
    }

    /// <summary>Marks one notification read; one that is not the user's is “not found”. Reading twice is not an error.</summary>
    public async Task MarkReadAsync(Actor? actor, long notificationId, CancellationToken ct = default)
    {
        var user = await UserAsync(actor, ct).ConfigureAwait(false);
        if (Lines(user) is not { } lines || !await lines.AnyAsync(l => l.Id == notificationId, ct).ConfigureAwait(false))
            throw new NotFoundException($"没有编号为 {notificationId} 的通知，或它不是发给您的。");
        await MarkAsync(user.Id, [notificationId], ct).ConfigureAwait(false);
    }

    /// <summary>全部标为已读; returns how many were unread.</summary>
    public async Task<int> MarkAllReadAsync(Actor? actor, CancellationToken ct = default)
    {
        var user = await UserAsync(actor, ct).ConfigureAwait(false);
        if (Lines(user) is not { } lines) return 0;
        var ids = await Unread(lines, user.Id).Select(l => l.Id).ToListAsync(ct).ConfigureAwait(false);
        await MarkAsync(user.Id, ids, ct).ConfigureAwait(false);
        return ids.Count;
    }

    private async Task MarkAsync(int userId, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return;
        var already = await db.Set<NotificationReadEntity>().Where(r => r.UserId == userId && ids.Contains(r.AuditEntryId))
            .Select(r => r.AuditEntryId).ToListAsync(ct).ConfigureAwait(false);
        var now = time.GetUtcNow();
        foreach (var id in ids.Except(already))
            db.Set<NotificationReadEntity>().Add(new NotificationReadEntity { UserId = userId, AuditEntryId = id, ReadAt = now });
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // The same notification marked read in another tab at the same moment: it is read either way.
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// The 意见 line written with each return of this page: the next line of the same document and action after the
    /// 状态 line (saved together, each with its own clock reading, so matched by order and closeness, not equal times).
    /// </summary>
    private async Task<Dictionary<long, string>> NotesAsync(IReadOnlyList<Line> lines, CancellationToken ct)
    {
        var returned = WorkflowAction.Return.ToChinese();
        var returns = lines.Where(l => l.Action == returned).ToList();
        if (returns.Count == 0) return [];
        var documents = returns.Select(l => l.DocumentId).Distinct().ToArray();
        var first = returns.Min(l => l.Id);
        var notes = await db.AuditLog.AsNoTracking()
            .Where(a => a.DocumentId != null && documents.Contains(a.DocumentId.Value) && a.Action == returned && a.Field == NoteField && a.Id > first)
            .Select(a => new { DocumentId = a.DocumentId!.Value, a.Id, a.At, a.NewValue }).ToListAsync(ct).ConfigureAwait(false);
        var result = new Dictionary<long, string>();
        foreach (var l in returns)
        {
            var note = notes.Where(n => n.DocumentId == l.DocumentId && n.Id > l.Id && (n.At - l.At).Duration() < TimeSpan.FromMinutes(1))
                .OrderBy(n => n.Id).FirstOrDefault();
            if (note is not null) result[l.Id] = note.NewValue ?? "";
        }
        return result;
    }

    private static string MessageOf(Line l, string by, string? note)
    {
        var what = $"{l.UnitName} {l.FiscalYear} 年度“{l.Title}”";
        return l.Action == WorkflowAction.Return.ToChinese()
            ? $"{what}被退回（{by}）" + (string.IsNullOrEmpty(note) ? "。" : $"，退回意见：{note}")
            : l.Action == WorkflowAction.Approve.ToChinese() ? $"{what}已审核通过（{by}）。" : $"{what}已公开（{by}）。";
    }

    private async Task<UserEntity> UserAsync(Actor? actor, CancellationToken ct)
    {
        if (actor is null) throw new AccessDeniedException("请先登录：通知只发给登录用户。");
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == actor.UserId, ct).ConfigureAwait(false)
               ?? throw new NotFoundException("用户已不存在。");
    }
}
