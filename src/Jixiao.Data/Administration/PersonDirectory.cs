using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Administration;

/// <summary>
/// Turns the user names kept in audit lines and versions into 姓名（登录名） labels (<see cref="PersonLabel"/>), one
/// query for a page's names. Only users of the asker's jurisdiction are looked up; the public gets the names as stored.
/// </summary>
public sealed class PersonDirectory(JixiaoDbContext db)
{
    public async Task<IReadOnlyDictionary<string, string>> LabelsAsync(Actor? actor, IEnumerable<string?> userNames, CancellationToken ct = default)
    {
        var names = userNames.OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var labels = names.ToDictionary(n => n, n => n, StringComparer.Ordinal);
        if (actor is null || names.Length == 0) return labels;
        var jurisdiction = actor.JurisdictionId;
        var found = await db.Users.AsNoTracking().Where(u => u.JurisdictionId == jurisdiction && names.Contains(u.UserName))
            .Select(u => new { u.UserName, u.DisplayName }).ToListAsync(ct).ConfigureAwait(false);
        foreach (var u in found) labels[u.UserName] = PersonLabel.Of(u.DisplayName, u.UserName);
        return labels;
    }

    /// <summary>The label of one user name (see <see cref="LabelsAsync"/>).</summary>
    public async Task<string> LabelAsync(Actor? actor, string userName, CancellationToken ct = default) =>
        (await LabelsAsync(actor, [userName], ct).ConfigureAwait(false)).TryGetValue(userName, out var label) ? label : userName;

    /// <summary>
    /// The last workflow step of each document (送审, 退回, 审核通过 …) and who took it, as 姓名（登录名）: what a work queue
    /// shows beside a document. Only documents of the asker's jurisdiction are looked up.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, LastStep>> LastStepsAsync(Actor? actor, IReadOnlyCollection<int> documentIds, CancellationToken ct = default)
    {
        if (actor is null || documentIds.Count == 0) return new Dictionary<int, LastStep>();
        var jurisdiction = actor.JurisdictionId;
        var ids = documentIds.Distinct().ToArray();
        var lines = await (from a in db.AuditLog.AsNoTracking()
                           join d in db.Documents.AsNoTracking() on a.DocumentId equals d.Id
                           where ids.Contains(d.Id) && d.JurisdictionId == jurisdiction && a.Field == "状态"
                           group a by d.Id into g
                           select g.Max(a => a.Id)).ToListAsync(ct).ConfigureAwait(false);
        var last = await db.AuditLog.AsNoTracking().Where(a => lines.Contains(a.Id))
            .Select(a => new { DocumentId = a.DocumentId!.Value, a.Action, a.UserName, a.At }).ToListAsync(ct).ConfigureAwait(false);
        var names = await LabelsAsync(actor, last.Select(l => l.UserName), ct).ConfigureAwait(false);
        return last.ToDictionary(l => l.DocumentId, l => new LastStep(l.Action, names.GetValueOrDefault(l.UserName, l.UserName), l.At));
    }
}

/// <summary>A document's last workflow step: which, by whom (姓名（登录名）), when.</summary>
public sealed record LastStep(string Action, string Person, DateTimeOffset At);
