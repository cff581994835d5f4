using Jixiao.Data.Entities;
using Jixiao.Data.Limits;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>A document the finance bureau took back from the public: what the public page says instead of the document.</summary>
public sealed record PublicWithdrawal(int DocumentId, string Title, DateTimeOffset At);

/// <summary>
/// Taking back what one did (issue 20 item 2): 删除草稿 (a 草稿 never submitted, by whoever files it), 撤回送审 (已送审 →
/// 草稿 before anyone reviewed it, by whoever filed it) and 撤回公开 (已公开 → 已审核, by the finance bureau, with a reason).
/// Who may is <see cref="AccessPolicy"/>'s decision; every step writes an audit line.
/// </summary>
public sealed class WithdrawalService(JixiaoStore store)
{
    /// <summary>The audit action of 撤回公开; the public page looks for it.</summary>
    public const string WithdrawPublicationAction = "撤回公开";

    private readonly JixiaoDbContext _db = store.Context;

    /// <summary>
    /// Deletes a draft that was never submitted (a mistaken import or 新建). A document with a frozen version has a
    /// review history and is not deleted. The audit line that records the deletion names the document; it outlives it.
    /// </summary>
    public async Task DeleteDraftAsync(Actor? actor, int documentId, CancellationToken ct = default)
    {
        var d = await store.VisibleDocumentAsync(actor, documentId, track: true, ct).ConfigureAwait(false);
        if (d.State != WorkflowState.Draft)
            throw new WorkflowException($"文档“{d.Title}”当前为“{d.State.ToChinese()}”，只有草稿可以删除" +
                (d.State == WorkflowState.Submitted ? "：请先撤回送审。" : "。"));
        JixiaoStore.Require(actor, DocumentAction.DeleteDraft, d, "删除草稿");
        var frozen = await _db.DocumentVersions.AsNoTracking().CountAsync(v => v.DocumentId == d.Id && v.Frozen, ct).ConfigureAwait(false);
        if (frozen > 0)
            throw new WorkflowException($"文档“{d.Title}”已有 {frozen} 个送审过的版本和审核记录，不能删除：可以继续修改后送审，或导入文件替换草稿。");
        store.Audit(null, actor!, "删除草稿", $"{d.UnitName}{d.FiscalYear}年度“{d.Title}”（编号 {d.Id}，第 {d.CurrentVersion} 版，{d.ProjectCount} 个项目）",
            "状态", d.State.ToChinese(), "已删除");
        _db.Documents.Remove(d);
        await SaveAsync(d, "删除", ct).ConfigureAwait(false);
    }

    /// <summary>撤回送审: the submitted version becomes editable again and the document a 草稿; only before review (已送审).</summary>
    public async Task<DocumentSummary> WithdrawSubmissionAsync(Actor? actor, int documentId, CancellationToken ct = default)
    {
        var d = await store.VisibleDocumentAsync(actor, documentId, track: true, ct).ConfigureAwait(false);
        if (d.State != WorkflowState.Submitted)
            throw new WorkflowException($"文档“{d.Title}”当前为“{d.State.ToChinese()}”，只有已送审、尚未审核的文档可以撤回送审。");
        JixiaoStore.Require(actor, DocumentAction.WithdrawSubmission, d, "撤回送审");
        var version = await _db.DocumentVersions.FirstAsync(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion, ct).ConfigureAwait(false);
        // Nobody has reviewed this version yet, so it is not a record of anything: it is opened again rather than copied.
        version.Frozen = false;
        version.StateWhenFrozen = WorkflowState.Draft;
        version.SubmittedBy = null;
        Move(d, WorkflowState.Draft);
        store.Audit(d, actor!, "撤回送审", $"第 {version.Number} 版", "状态", WorkflowState.Submitted.ToChinese(), WorkflowState.Draft.ToChinese());
        await SaveAsync(d, "撤回送审", ct).ConfigureAwait(false);
        return Summary(d);
    }

    /// <summary>撤回公开: the public no longer sees the document (its page says it was withdrawn); it is 已审核 again.</summary>
    public async Task<DocumentSummary> WithdrawPublicationAsync(Actor? actor, int documentId, string? reason, CancellationToken ct = default)
    {
        var d = await store.VisibleDocumentAsync(actor, documentId, track: true, ct).ConfigureAwait(false);
        if (d.State != WorkflowState.Published)
            throw new WorkflowException($"文档“{d.Title}”当前为“{d.State.ToChinese()}”，没有公开，无需撤回公开。");
        JixiaoStore.Require(actor, DocumentAction.WithdrawPublication, d, WithdrawPublicationAction);
        var why = InputText.Clean(reason)?.Trim();
        if (string.IsNullOrEmpty(why)) throw new WorkflowException("撤回公开时必须填写原因，说明为什么不再公开。");
        var version = await _db.DocumentVersions.FirstAsync(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion, ct).ConfigureAwait(false);
        version.StateWhenFrozen = WorkflowState.Approved;
        Move(d, WorkflowState.Approved);
        store.Audit(d, actor!, WithdrawPublicationAction, $"第 {version.Number} 版", "状态", WorkflowState.Published.ToChinese(), WorkflowState.Approved.ToChinese());
        store.Audit(d, actor!, WithdrawPublicationAction, null, "原因", null, why.Length > 2000 ? why[..2000] : why);
        await SaveAsync(d, WithdrawPublicationAction, ct).ConfigureAwait(false);
        return Summary(d);
    }

    /// <summary>
    /// For the public page of a document that is not (or no longer) published: when and what was withdrawn, or null.
    /// Only documents that were public reveal anything, and only their title and the date.
    /// </summary>
    public async Task<PublicWithdrawal?> PublicWithdrawalAsync(int documentId, CancellationToken ct = default)
    {
        var d = await _db.Documents.AsNoTracking().Where(x => x.Id == documentId).Select(x => new { x.Id, x.Title, x.State })
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (d is null || d.State == WorkflowState.Published) return null;
        var at = await _db.AuditLog.AsNoTracking().Where(a => a.DocumentId == documentId && a.Action == WithdrawPublicationAction)
            .OrderByDescending(a => a.Id).Select(a => (DateTimeOffset?)a.At).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        return at is { } when ? new PublicWithdrawal(d.Id, d.Title, when) : null;
    }

    private void Move(DocumentEntity d, WorkflowState next)
    {
        d.State = next;
        d.UpdatedAt = store.Now;
        d.RowVersion++;
    }

    private async Task SaveAsync(DocumentEntity d, string what, CancellationToken ct)
    {
        try
        {
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new WorkflowException($"文档“{d.Title}”刚被其他用户修改或审核，本次{what}未执行。请刷新后重试。");
        }
    }

    private static DocumentSummary Summary(DocumentEntity d) =>
        new(d.Id, d.Title, d.FiscalYear, d.DepartmentId, d.BudgetUnitId, d.UnitName, d.State, d.CurrentVersion, d.ProjectCount, d.UpdatedAt);
}
