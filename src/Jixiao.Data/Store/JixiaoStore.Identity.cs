using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

public sealed partial class JixiaoStore
{
    /// <summary>The actor for a user name and password, or null when either is wrong (the caller cannot tell which).</summary>
    public async Task<Actor?> SignInAsync(string userName, string password, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(userName) || password is null) return null;
        var name = userName.Trim();
        var user = await _db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == name, ct).ConfigureAwait(false);
        // A disabled user (停用, docs/administration.md) is refused exactly like an unknown one.
        if (user is null || user.Disabled)
        {
            // Same work as a real check, so that timing does not reveal which user names exist.
            PasswordHashing.Verify(password, DummyHash.Value);
            return null;
        }
        return PasswordHashing.Verify(password, user.PasswordHash) ? ToActor(user) : null;
    }

    /// <summary>The actor with the role and scope stored now (roles can change between requests).</summary>
    public async Task<Actor?> GetActorAsync(int userId, CancellationToken ct = default)
    {
        var user = await UserById.For(_db)(_db, userId, ct).ConfigureAwait(false);
        return user is null || user.Disabled ? null : ToActor(user);
    }

    private static readonly Lazy<string> DummyHash = new(() => PasswordHashing.Hash("jixiao-no-such-user"));

    private static Actor ToActor(UserEntity u) => new(u.Id, u.UserName, u.DisplayName, u.Role, u.JurisdictionId, u.DepartmentId, u.BudgetUnitId);
}
