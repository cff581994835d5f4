using System.Security.Cryptography;
using System.Text;
using Jixiao.Data.Caching;
using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Security;

/// <summary>
/// Server-side sessions (登录会话): every sign-in gets a row and a random token for the cookie; a request is signed in
/// only while its token's row exists and has not passed its absolute end. So sign-out, a password change and an
/// administrator's 全部下线 end sessions at once, whatever copy of the cookie is still around. The check is cached per
/// process (<see cref="ReadCaches"/>) only until the next write of this process — ending a session is one — and for a
/// few seconds at most.
/// </summary>
public sealed class UserSessions(JixiaoDbContext db, TimeProvider time, ReadCaches? caches = null)
{
    /// <summary>Shortest password a user may set (密码至少位数).</summary>
    public const int MinPasswordLength = 10;

    /// <summary>
    /// A live session's end and its user, by the token's hash: the one query every API request and Blazor action runs
    /// (<see cref="GetActorAsync"/>), compiled once per model so EF does not translate it again on each request.
    /// </summary>
    private static readonly CompiledPerModel<Func<JixiaoDbContext, string, CancellationToken, Task<SessionOfUser?>>> SessionByHash = new(() =>
        EF.CompileAsyncQuery((JixiaoDbContext db, string hash, CancellationToken ct) =>
            (from s in db.UserSessions.AsNoTracking()
             join u in db.Users.AsNoTracking() on s.UserId equals u.Id
             where s.TokenHash == hash
             select new SessionOfUser(s.ExpiresAt, u)).FirstOrDefault()));

    private sealed record SessionOfUser(DateTimeOffset ExpiresAt, UserEntity User);

    /// <summary>Starts a session for the user, ending at <paramref name="lifetime"/> from now; returns the cookie's token.</summary>
    public async Task<string> StartAsync(int userId, TimeSpan lifetime, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        // Expired rows of this user are removed here, so the table does not grow with sign-ins.
        var expired = await db.UserSessions.Where(s => s.UserId == userId).Select(s => new { s.Id, s.ExpiresAt }).ToListAsync(ct).ConfigureAwait(false);
        var stale = expired.Where(s => s.ExpiresAt <= now).Select(s => s.Id).ToList();
        if (stale.Count > 0) await db.UserSessions.Where(s => stale.Contains(s.Id)).ExecuteDeleteAsync(ct).ConfigureAwait(false);

        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        db.UserSessions.Add(new UserSessionEntity { UserId = userId, TokenHash = HashOf(token), CreatedAt = now, ExpiresAt = now + lifetime });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        return token;
    }

    /// <summary>
    /// The user of a live session with the role and scope stored now, or null (ended, expired, unknown). A session
    /// found live is remembered until this process writes anything (sign-out, password change, 全部下线, a user's
    /// change) or <c>Jixiao:Cache:Seconds</c> pass, and never past its absolute end; an unknown token is never
    /// remembered, so a session started a moment ago on another server is found.
    /// </summary>
    public async Task<Actor?> GetActorAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token)) return null;
        var hash = HashOf(token);
        var now = time.GetUtcNow();
        if (caches is not null && caches.Sessions.TryGet(hash, out var cached) && cached.ExpiresAt > now) return cached.Actor;
        var readAt = caches?.Sessions.Version ?? 0;
        var row = await SessionByHash.For(db)(db, hash, ct).ConfigureAwait(false);
        // 停用 deletes the user's sessions (a write, so the cache is dropped); the flag is checked as well so that a
        // session started in the same instant ends too.
        if (row is null || row.ExpiresAt <= now || row.User.Disabled) return null;
        var user = row.User;
        var actor = new Actor(user.Id, user.UserName, user.DisplayName, user.Role, user.JurisdictionId, user.DepartmentId, user.BudgetUnitId);
        caches?.Sessions.Set(hash, new CachedSession(actor, row.ExpiresAt), readAt, row.ExpiresAt);
        return actor;
    }

    /// <summary>Ends one session (退出登录). Unknown tokens are ignored: signing out twice is not an error.</summary>
    public async Task EndAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token)) return;
        var hash = HashOf(token);
        await db.UserSessions.Where(s => s.TokenHash == hash).ExecuteDeleteAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Ends every session of the user; returns how many there were.</summary>
    public Task<int> EndAllAsync(int userId, CancellationToken ct = default) =>
        db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);

    /// <summary>
    /// 修改密码: the current password must be right and the new one at least <see cref="MinPasswordLength"/> characters.
    /// Every session of the user ends, this one included; the caller signs the user in again with a new one.
    /// </summary>
    public async Task ChangePasswordAsync(Actor actor, string? currentPassword, string? newPassword, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == actor.UserId, ct).ConfigureAwait(false)
                   ?? throw new NotFoundException("用户已不存在。");
        if (string.IsNullOrEmpty(currentPassword) || !PasswordHashing.Verify(currentPassword, user.PasswordHash))
            throw new AccessDeniedException("当前密码不正确，密码未修改。");
        if (string.IsNullOrEmpty(newPassword) || newPassword.Length < MinPasswordLength)
            throw new JixiaoException($"新密码至少需要 {MinPasswordLength} 个字符，密码未修改。");
        if (newPassword == currentPassword) throw new JixiaoException("新密码不能与当前密码相同，密码未修改。");
        user.PasswordHash = PasswordHashing.Hash(newPassword);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        db.ChangeTracker.Clear();
        await EndAllAsync(actor.UserId, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// 全部下线: an administrator ends every session of a user of their jurisdiction. Another jurisdiction's user, or
    /// one that does not exist, is “not found”; any other role is refused.
    /// </summary>
    public async Task<int> EndAllByAdministratorAsync(Actor administrator, int userId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(administrator);
        var jurisdiction = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => (int?)u.JurisdictionId)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (jurisdiction is null || jurisdiction != administrator.JurisdictionId)
            throw new NotFoundException($"本辖区没有编号为 {userId} 的用户。");
        if (administrator.Role != Role.Administrator)
            throw new AccessDeniedException("只有系统管理员可以让用户全部下线。");
        return await EndAllAsync(userId, ct).ConfigureAwait(false);
    }

    internal static string HashOf(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
