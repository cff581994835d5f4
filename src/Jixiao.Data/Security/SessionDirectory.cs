using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Security;

/// <summary>A user of the jurisdiction with their live sessions (登录会话), as the administrator's 全部下线 list shows them.</summary>
public sealed record UserSessionsView(int UserId, string UserName, string DisplayName, Role Role, string RoleName, int LiveSessions,
    DateTimeOffset? LastSignIn);

/// <summary>
/// What a 系统管理员 sees before ending sessions: the users of their own jurisdiction, a page at a time, each with the
/// number of sessions still live and when the latest began. Ending them is <see cref="UserSessions.EndAllByAdministratorAsync"/>.
/// </summary>
public sealed class SessionDirectory(JixiaoDbContext db, TimeProvider time)
{
    /// <summary>One page of the administrator's jurisdiction's users by user name; other roles are refused (403).</summary>
    public async Task<Paged<UserSessionsView>> ListAsync(Actor? administrator, PageRequest? page = null, CancellationToken ct = default)
    {
        var paging = (page ?? PageRequest.First).Checked();
        if (administrator is not { Role: Role.Administrator })
            throw new AccessDeniedException("只有系统管理员可以查看和结束用户的登录会话。");
        var users = await db.Users.AsNoTracking().Where(u => u.JurisdictionId == administrator.JurisdictionId)
            .OrderBy(u => u.UserName).ThenBy(u => u.Id)
            .Select(u => new { u.Id, u.UserName, u.DisplayName, u.Role })
            .ToPagedAsync(paging, ct).ConfigureAwait(false);
        var ids = users.Select(u => u.Id).ToArray();
        // Times are compared here, not in SQL: SQLite cannot compare DateTimeOffset columns. One page of users' rows only.
        var sessions = ids.Length == 0 ? [] : await db.UserSessions.AsNoTracking().Where(s => ids.Contains(s.UserId))
            .Select(s => new { s.UserId, s.CreatedAt, s.ExpiresAt }).ToListAsync(ct).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var live = sessions.Where(s => s.ExpiresAt > now).ToLookup(s => s.UserId);
        return users.Map(u => new UserSessionsView(u.Id, u.UserName, u.DisplayName, u.Role, u.Role.ToChinese(),
            live[u.Id].Count(), live[u.Id].Select(s => (DateTimeOffset?)s.CreatedAt).Max()));
    }
}
