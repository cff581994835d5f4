using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Administration;

/// <summary>The jurisdiction's settings as the 辖区设置 page shows them.</summary>
public sealed record JurisdictionSettingsView(string JurisdictionName, bool SeparateSubmitAndApprove);

/// <summary>
/// 辖区设置 by the 系统管理员 (issue 20 item 5): 职责分离 — whether the person who submitted a version (送审) may not also
/// approve it (审核通过). It was on by default and could only be changed in the database; the workflow, 自评 and 运行监控
/// read it on every step, so a change applies at once. Turning it off is for a jurisdiction with a single reviewer and
/// is audited in the administration log with the old and new value. 报送截止日期 stay on 预算年度, the review rules on
/// 审核规则配置: the page links to both rather than repeating them.
/// </summary>
public sealed class JurisdictionSettingsAdministration(JixiaoDbContext db, TimeProvider time)
{
    public async Task<JurisdictionSettingsView> GetAsync(Actor? actor, CancellationToken ct = default)
    {
        var admin = AdministrationLog.RequireAdministrator(actor, "查看辖区设置");
        var j = await db.Jurisdictions.AsNoTracking().SingleAsync(x => x.Id == admin.JurisdictionId, ct).ConfigureAwait(false);
        return new JurisdictionSettingsView(j.Name, j.SeparateSubmitAndApprove);
    }

    /// <summary>Turns 职责分离 on or off; a change writes one administration line, an unchanged value none.</summary>
    public async Task<JurisdictionSettingsView> SetSeparateSubmitAndApproveAsync(Actor? actor, bool separate, CancellationToken ct = default)
    {
        var admin = AdministrationLog.RequireAdministrator(actor, "修改职责分离设置");
        var j = await db.Jurisdictions.SingleAsync(x => x.Id == admin.JurisdictionId, ct).ConfigureAwait(false);
        if (j.SeparateSubmitAndApprove != separate)
        {
            AdministrationLog.Write(db, time, admin, "修改辖区设置", j.Name, "职责分离（送审人不得审核通过同一版本）", Text(j.SeparateSubmitAndApprove), Text(separate));
            j.SeparateSubmitAndApprove = separate;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return new JurisdictionSettingsView(j.Name, j.SeparateSubmitAndApprove);
    }

    private static string Text(bool on) => on ? "开启" : "关闭";
}
