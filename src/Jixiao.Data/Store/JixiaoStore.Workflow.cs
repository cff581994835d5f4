using Jixiao.Data.Entities;
using Jixiao.Data.Limits;
using Jixiao.Data.Mapping;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

public sealed partial class JixiaoStore
{
    /// <summary>
    /// One workflow step. 送审 freezes the current version; 退回 (with a note) keeps it frozen and opens the next
    /// version for editing; 审核通过 and 公开 record the state on the frozen version. Illegal steps →
    /// <see cref="WorkflowException"/>; steps the role may not take → <see cref="AccessDeniedException"/>.
    /// </summary>
    public async Task<DocumentSummary> TransitionAsync(Actor? actor, int documentId, WorkflowAction action, string? note, CancellationToken ct = default)
    {
        var d = await VisibleDocumentAsync(actor, documentId, track: true, ct).ConfigureAwait(false);
        var next = Workflow.Next(d.State, action)
            ?? throw new WorkflowException($"文档“{d.Title}”当前为“{d.State.ToChinese()}”，不能{action.ToChinese()}。");
        Require(actor, action switch
        {
            WorkflowAction.Submit => DocumentAction.Submit,
            WorkflowAction.Return => DocumentAction.Return,
            WorkflowAction.Approve => DocumentAction.Approve,
            _ => DocumentAction.Publish,
        }, d, action.ToChinese());
        note = InputText.Clean(note);
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is not null) _guard.Documents.Text($"文档“{d.Title}”", $"{action.ToChinese()}意见", trimmed);
        if (action == WorkflowAction.Return && trimmed is null)
            throw new WorkflowException("退回时必须填写退回意见，说明需要修改什么。");

        var now = Now;
        var version = await _db.DocumentVersions.FirstAsync(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion, ct).ConfigureAwait(false);
        var previous = d.State;
        if (action == WorkflowAction.Approve) await CheckSeparationOfDutiesAsync(actor!, d, version, ct).ConfigureAwait(false);
        switch (action)
        {
            case WorkflowAction.Submit:
                version.Frozen = true;
                version.StateWhenFrozen = WorkflowState.Submitted;
                version.SubmittedBy = actor!.UserName;
                d.ReturnNote = null;
                break;
            case WorkflowAction.Return:
                version.StateWhenFrozen = WorkflowState.Returned;
                d.CurrentVersion = version.Number + 1;
                d.ReturnNote = trimmed;
                _db.DocumentVersions.Add(new DocumentVersionEntity
                {
                    DocumentId = d.Id,
                    Number = version.Number + 1,
                    StateWhenFrozen = WorkflowState.Draft,
                    CreatedBy = actor!.UserName,
                    CreatedAt = now,
                    SnapshotJson = version.SnapshotJson,
                });
                break;
            default:
                version.StateWhenFrozen = next;
                break;
        }
        d.State = next;
        d.UpdatedAt = now;
        d.RowVersion++;
        Audit(d, actor!, action.ToChinese(), null, "状态", previous.ToChinese(), next.ToChinese());
        if (trimmed is not null) Audit(d, actor!, action.ToChinese(), null, "意见", null, trimmed);
        try
        {
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new WorkflowException($"文档“{d.Title}”刚被其他用户修改或{action.ToChinese()}，本次操作未执行。请刷新后重试。");
        }
        return ToSummary(d);
    }

    /// <summary>
    /// 职责分离 on approval: the jurisdiction's setting and who submitted the version (recorded on the version; for
    /// versions submitted before it was recorded, the last 送审 line of the audit log).
    /// </summary>
    private async Task CheckSeparationOfDutiesAsync(Actor approver, DocumentEntity d, DocumentVersionEntity version, CancellationToken ct)
    {
        var submitted = WorkflowAction.Submit.ToChinese();
        var submittedBy = version.SubmittedBy
            ?? await _db.AuditLog.AsNoTracking().Where(a => a.DocumentId == d.Id && a.Action == submitted)
                .OrderByDescending(a => a.Id).Select(a => a.UserName).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        await SeparationOfDuties.CheckAsync(_db, d.JurisdictionId, approver, submittedBy, () => SeparationOfDuties.ApprovalRefusal(approver, d.Title, version.Number),
            ct).ConfigureAwait(false);
    }

    /// <summary>Accepts a finding with a reason (接受): it stays listed, marked accepted, and no longer counts as open.</summary>
    public async Task<FindingView> AcceptFindingAsync(Actor? actor, int findingId, string reason, CancellationToken ct = default)
    {
        var finding = await _db.Findings.FirstOrDefaultAsync(f => f.Id == findingId, ct).ConfigureAwait(false)
            ?? throw new NotFoundException($"找不到编号为 {findingId} 的审核意见，或您无权查看。");
        DocumentEntity d;
        try
        {
            d = await VisibleDocumentAsync(actor, finding.DocumentId, track: true, ct).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException($"找不到编号为 {findingId} 的审核意见，或您无权查看。");
        }
        Require(actor, DocumentAction.AcceptFinding, d, "接受审核意见");
        reason = InputText.Clean(reason) ?? "";
        if (string.IsNullOrWhiteSpace(reason)) throw new WorkflowException("接受审核意见时必须填写理由。");
        var why = reason.Trim();
        _guard.Documents.Text($"审核意见“{finding.RuleId}”", "接受理由", why);
        var now = Now;

        var acceptance = await _db.FindingAcceptances.FirstOrDefaultAsync(a => a.DocumentId == d.Id && a.RuleId == finding.RuleId && a.Fingerprint == finding.Fingerprint, ct).ConfigureAwait(false);
        if (acceptance is null)
            _db.FindingAcceptances.Add(new FindingAcceptanceEntity { DocumentId = d.Id, RuleId = finding.RuleId, Fingerprint = finding.Fingerprint, Reason = why, AcceptedBy = actor!.UserName, AcceptedAt = now });
        else
        {
            acceptance.Reason = why;
            acceptance.AcceptedBy = actor!.UserName;
            acceptance.AcceptedAt = now;
        }
        // Every finding of the document with the same rule and content is the same finding (e.g. one per indicator row).
        var all = await _db.Findings.Where(f => f.DocumentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
        foreach (var f in all.Where(f => f.RuleId == finding.RuleId && f.Fingerprint == finding.Fingerprint))
        {
            f.AcceptedReason = why;
            f.AcceptedBy = actor.UserName;
            f.AcceptedAt = now;
        }
        var projects = await _db.Projects.Where(p => p.DocumentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
        FindingRows.Count(d, projects, all);
        d.UpdatedAt = now;
        Audit(d, actor, "接受审核意见", finding.Where, finding.RuleId, null, why);
        await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        return FindingRows.ToView(finding);
    }
}
