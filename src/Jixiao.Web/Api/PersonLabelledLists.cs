using Jixiao.Data;
using Jixiao.Data.Administration;

namespace Jixiao.Web.Api;

/// <summary>An audit line as the API answers it: <c>user</c> the login name as stored, <c>userLabel</c> 姓名（登录名）.</summary>
public sealed record AuditEntryResponse(DateTimeOffset At, string User, string UserLabel, string Action, string? Where, string? Field, string? Old, string? New);

/// <summary>A version as the API answers it: <c>createdBy</c> the login name as stored, <c>createdByLabel</c> 姓名（登录名）.</summary>
public sealed record VersionResponse(int Version, WorkflowState StateWhenFrozen, bool Frozen, string CreatedBy, string CreatedByLabel, DateTimeOffset CreatedAt);

/// <summary>
/// The document's 修改日志 and 版本记录 for API clients with people named as the pages name them, 姓名（登录名）
/// (issue 20 item 7: the API lists gave login names only, e.g. filer.301001). The login name stays beside the label,
/// so clients that matched on it keep working. Labels come from <see cref="PersonDirectory"/>, one query per page.
/// </summary>
internal static class PersonLabelledLists
{
    public static async Task<Paged<AuditEntryResponse>> AuditAsync(Paged<AuditEntry> lines, PersonDirectory people, Data.Security.Actor? actor, CancellationToken ct)
    {
        var labels = await people.LabelsAsync(actor, lines.Items.Select(l => l.User), ct);
        return lines.Map(l => new AuditEntryResponse(l.At, l.User, LabelOf(labels, l.User), l.Action, l.Where, l.Field, l.Old, l.New));
    }

    public static async Task<Paged<VersionResponse>> VersionsAsync(Paged<VersionSummary> versions, PersonDirectory people, Data.Security.Actor? actor, CancellationToken ct)
    {
        var labels = await people.LabelsAsync(actor, versions.Items.Select(v => v.CreatedBy), ct);
        return versions.Map(v => new VersionResponse(v.Version, v.StateWhenFrozen, v.Frozen, v.CreatedBy, LabelOf(labels, v.CreatedBy), v.CreatedAt));
    }

    private static string LabelOf(IReadOnlyDictionary<string, string> labels, string userName) =>
        labels.TryGetValue(userName, out var label) ? label : userName;
}
