using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// 职责分离 (a jurisdiction setting, on by default): whoever submitted a version may not approve or confirm that same
/// version — a target document's 送审 → 审核通过, a self-evaluation's 提交 → 确认, a monitoring table's 报送 → 确认.
/// Without it a department reviewer could file the department's own document and approve it alone. The role matrices
/// (<see cref="AccessPolicy"/>, EvaluationPolicy, MonitoringPolicy) say who may approve at all; this rule adds who may
/// not, per version. The one place the rule lives: every workflow asks it here.
/// </summary>
public static class SeparationOfDuties
{
    /// <summary>Refuses with <see cref="AccessDeniedException"/> when the rule applies and the approver is the submitter.</summary>
    public static void CheckApproval(Actor approver, string? submittedBy, bool separate, string title, int version) =>
        Check(approver, submittedBy, separate, () => ApprovalRefusal(approver, title, version));

    /// <summary>The refusal of a target document's approval by its submitter.</summary>
    public static string ApprovalRefusal(Actor approver, string title, int version)
    {
        ArgumentNullException.ThrowIfNull(approver);
        return $"您（{approver.Role.ToChinese()} {approver.DisplayName}）送审了文档“{title}”第 {version} 版，不能再审核通过这一版：" +
            "本行政区划要求送审与审核由不同的人完成（职责分离）。请由另一位审核人审核。";
    }

    /// <summary>
    /// Refuses with <paramref name="refusal"/>'s message when the jurisdiction separates the duties and the approver is
    /// the one who submitted. The setting is read only when the two are the same person.
    /// </summary>
    public static async Task CheckAsync(JixiaoDbContext db, int jurisdictionId, Actor approver, string? submittedBy, Func<string> refusal,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(approver);
        if (!IsSubmitter(approver, submittedBy)) return;
        Check(approver, submittedBy, await SeparatesAsync(db, jurisdictionId, ct).ConfigureAwait(false), refusal);
    }

    /// <summary>The jurisdiction's setting (on when the jurisdiction is not found: the safe side).</summary>
    public static async Task<bool> SeparatesAsync(JixiaoDbContext db, int jurisdictionId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Jurisdictions.AsNoTracking().Where(j => j.Id == jurisdictionId).Select(j => j.SeparateSubmitAndApprove)
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.Count == 0 || rows[0];
    }

    private static bool IsSubmitter(Actor approver, string? submittedBy) =>
        submittedBy is not null && string.Equals(approver.UserName, submittedBy, StringComparison.Ordinal);

    private static void Check(Actor approver, string? submittedBy, bool separate, Func<string> refusal)
    {
        ArgumentNullException.ThrowIfNull(approver);
        if (separate && IsSubmitter(approver, submittedBy)) throw new AccessDeniedException(refusal());
    }
}
