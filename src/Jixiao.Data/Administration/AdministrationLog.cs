using Jixiao.Data.Entities;
using Jixiao.Data.Security;

namespace Jixiao.Data.Administration;

/// <summary>
/// What every administration service shares: only a 系统管理员 may act (others 403), and every change writes an audit
/// line of the administrator's jurisdiction (no document), saved with the change it describes.
/// </summary>
internal static class AdministrationLog
{
    /// <summary>The administrator, or <see cref="AccessDeniedException"/> naming what was refused.</summary>
    public static Actor RequireAdministrator(Actor? actor, string what)
    {
        if (actor is null) throw new AccessDeniedException($"请先登录：未登录用户不能{what}。");
        if (!AccessPolicy.Can(actor, DocumentAction.ManageUsers, new DocumentScope(actor.JurisdictionId, 0, null, WorkflowState.Draft)))
            throw new AccessDeniedException($"您（{actor.Role.ToChinese()} {actor.DisplayName}）无权{what}：只有系统管理员可以。");
        return actor;
    }

    public static void Write(JixiaoDbContext db, TimeProvider time, Actor administrator, string action, string where,
        string? field = null, string? oldValue = null, string? newValue = null) =>
        db.AuditLog.Add(new AuditLogEntity
        {
            At = time.GetUtcNow(),
            JurisdictionId = administrator.JurisdictionId,
            UserName = administrator.UserName,
            Action = action,
            Where = where.Length > 600 ? where[..599] + "…" : where,
            Field = field,
            OldValue = oldValue,
            NewValue = newValue,
        });

    /// <summary>A name or code typed by the administrator: control characters removed, trimmed, 1–<paramref name="max"/> characters.</summary>
    public static string Required(string? text, string label, int max)
    {
        var clean = Limits.InputText.Clean(text)?.Trim() ?? "";
        if (clean.Length == 0) throw new InvalidInputException($"{label}不能为空。");
        if (clean.Length > max) throw new InvalidInputException($"{label}“{clean[..Math.Min(20, clean.Length)]}…”有 {clean.Length} 个字符，最多 {max} 个。");
        return clean;
    }

    /// <summary>A code (编码, 用户名): no white space, at most <paramref name="max"/> characters.</summary>
    public static string Code(string? text, string label, int max)
    {
        var code = Required(text, label, max);
        if (code.Any(char.IsWhiteSpace)) throw new InvalidInputException($"{label}“{code}”不能含空格。");
        return code;
    }
}
