using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Administration;

/// <summary>One line of the administration log, with the administrator named 姓名（登录名）.</summary>
public sealed record AdministrationEntry(long Id, DateTimeOffset At, string Person, string Action, string? Where, string? Field, string? Old, string? New);

/// <summary>
/// 管理操作记录: the jurisdiction's administration lines (users, departments and units, years), newest first, for its
/// 系统管理员 and 财政审核人 (who may read the audit log, docs/roles.md).
/// </summary>
public sealed class AdministrationAudit(JixiaoDbContext db, PersonDirectory persons)
{
    public async Task<Paged<AdministrationEntry>> ListAsync(Actor? actor, PageRequest? page = null, CancellationToken ct = default)
    {
        if (actor is null || !AccessPolicy.Can(actor, DocumentAction.ViewAudit, new DocumentScope(actor.JurisdictionId, 0, null, WorkflowState.Draft)))
            throw new AccessDeniedException("只有系统管理员和财政审核人可以查看管理操作记录。");
        var paging = (page ?? PageRequest.First).Checked();
        var jurisdiction = actor.JurisdictionId;
        var lines = await db.AuditLog.AsNoTracking().Where(a => a.JurisdictionId == jurisdiction && a.DocumentId == null)
            .OrderByDescending(a => a.Id).ToPagedAsync(paging, ct).ConfigureAwait(false);
        var names = await persons.LabelsAsync(actor, lines.Select(a => a.UserName), ct).ConfigureAwait(false);
        return lines.Map(a => new AdministrationEntry(a.Id, a.At, names.GetValueOrDefault(a.UserName, a.UserName), a.Action, a.Where, a.Field, a.OldValue, a.NewValue));
    }
}
