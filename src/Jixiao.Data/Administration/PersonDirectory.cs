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
}
