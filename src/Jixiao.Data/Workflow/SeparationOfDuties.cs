using Jixiao.Data.Security;

namespace Jixiao.Data;

/// <summary>
/// 职责分离 (a jurisdiction setting, on by default): whoever submitted (送审) a version may not approve (审核通过) that
/// same version. Without it a department reviewer could file the department's own document and approve it alone.
/// The role matrix (<see cref="AccessPolicy"/>) says who may approve at all; this rule adds who may not, per version.
/// </summary>
public static class SeparationOfDuties
{
    /// <summary>Refuses with <see cref="AccessDeniedException"/> when the rule applies and the approver is the submitter.</summary>
    public static void CheckApproval(Actor approver, string? submittedBy, bool separate, string title, int version)
    {
        ArgumentNullException.ThrowIfNull(approver);
        if (!separate || submittedBy is null) return;
        if (!string.Equals(approver.UserName, submittedBy, StringComparison.Ordinal)) return;
        throw new AccessDeniedException(
            $"您（{approver.Role.ToChinese()} {approver.DisplayName}）送审了文档“{title}”第 {version} 版，不能再审核通过这一版：" +
            "本行政区划要求送审与审核由不同的人完成（职责分离）。请由另一位审核人审核。");
    }
}
