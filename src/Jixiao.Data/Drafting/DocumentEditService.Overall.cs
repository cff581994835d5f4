using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Drafting;

public sealed partial class DocumentEditService
{
    /// <summary>修改部门整体绩效目标（总体目标、分项目标、工作保障措施、资金），guarded by the part's row version.</summary>
    public Task<DraftEditResult> UpdateOverallAsync(Actor? actor, int documentId, OverallEdit edit, long expectedOverallRowVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return RunAsync(actor, EditGuard.Overall, documentId, expectedOverallRowVersion, "修改部门整体绩效目标", s => OverallOperations.UpdateText(s, edit), ct);
    }

    /// <summary>添加部门整体指标, placed after the last one of the same 一级/二级 (else at the end).</summary>
    public Task<DraftEditResult> AddOverallIndicatorAsync(Actor? actor, int documentId, NewOverallIndicator indicator, long expectedOverallRowVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var key = store.Keys.NewKey();
        return RunAsync(actor, EditGuard.Overall, documentId, expectedOverallRowVersion, "添加部门整体指标", s => OverallOperations.AddIndicator(s, key, indicator), ct);
    }

    /// <summary>修改部门整体指标 (by its stable key: the part has no rows).</summary>
    public Task<DraftEditResult> UpdateOverallIndicatorAsync(Actor? actor, int documentId, string key, IndicatorEdit edit, long expectedOverallRowVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return RunAsync(actor, EditGuard.Overall, documentId, expectedOverallRowVersion, "修改部门整体指标", s => OverallOperations.UpdateIndicator(s, key, edit), ct);
    }

    /// <summary>上移/下移 a department-wide indicator within its 一级/二级, or 移到 another (by its key).</summary>
    public Task<DraftEditResult> MoveOverallIndicatorAsync(Actor? actor, int documentId, string key, IndicatorMove move, long expectedOverallRowVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(move);
        return RunAsync(actor, EditGuard.Overall, documentId, expectedOverallRowVersion, "移动部门整体指标", s => OverallOperations.MoveIndicator(s, key, move), ct);
    }

    /// <summary>删除部门整体指标.</summary>
    public Task<DraftEditResult> DeleteOverallIndicatorAsync(Actor? actor, int documentId, string key, long expectedOverallRowVersion, CancellationToken ct = default) =>
        RunAsync(actor, EditGuard.Overall, documentId, expectedOverallRowVersion, "删除部门整体指标", s => OverallOperations.DeleteIndicator(s, key), ct);

    /// <summary>
    /// 一键修正: applies the exact fix of a stored finding through the same pipeline (access, state, If-Match, audit,
    /// re-review). Guarded by the row version of what it changes: the finding's indicator, or — for a finding on the
    /// department-wide part — that part's row version. The fix is taken from a fresh review of the draft, not from
    /// the stored row.
    /// </summary>
    public async Task<DraftEditResult> ApplyFixAsync(Actor? actor, int findingId, long expectedRowVersion, CancellationToken ct = default)
    {
        var finding = await _db.Findings.AsNoTracking().Where(f => f.Id == findingId)
            .Select(f => new { f.DocumentId, f.IndicatorId, f.RuleId, f.Fingerprint }).FirstOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw new NotFoundException($"找不到编号为 {findingId} 的审核意见，它可能已因修改而消失。请刷新后重试。");
        return finding.IndicatorId is { } indicatorId
            ? await RunAsync(actor, EditGuard.Indicator, indicatorId, expectedRowVersion, "一键修正",
                s => FixOperations.Apply(s, finding.RuleId, finding.Fingerprint), ct).ConfigureAwait(false)
            : await RunAsync(actor, EditGuard.Overall, finding.DocumentId, expectedRowVersion, "一键修正",
                s => FixOperations.Apply(s, finding.RuleId, finding.Fingerprint), ct).ConfigureAwait(false);
    }
}
