using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Security;

/// <summary>
/// The first administrator (第一个系统管理员) of a new installation, created by the operator's command
/// (<c>dotnet Jixiao.Web.dll create-admin …</c>) with a password the operator types: nothing is generated, nothing is
/// printed. The jurisdiction (行政区划) is created when its code is new. An existing user name is never overwritten.
/// </summary>
public sealed class AdministratorSetup(JixiaoDbContext db)
{
    /// <summary>Creates the administrator; returns the new user's id. Refusals are <see cref="JixiaoException"/> in Chinese.</summary>
    public async Task<int> CreateAsync(string jurisdictionName, string jurisdictionCode, string userName, string displayName, string password, CancellationToken ct = default)
    {
        jurisdictionName = (jurisdictionName ?? "").Trim();
        jurisdictionCode = (jurisdictionCode ?? "").Trim();
        userName = (userName ?? "").Trim();
        displayName = string.IsNullOrWhiteSpace(displayName) ? "系统管理员" : displayName.Trim();
        if (jurisdictionCode.Length is 0 or > 20) throw new JixiaoException("行政区划代码（--code）须为 1–20 个字符，例如 130800。");
        if (userName.Length is 0 or > 60 || userName.Any(char.IsWhiteSpace) || userName.Any(char.IsControl))
            throw new JixiaoException("用户名（--user）须为 1–60 个字符，不含空白或控制字符。");
        if (string.IsNullOrEmpty(password) || password.Length < UserSessions.MinPasswordLength)
            throw new JixiaoException($"密码至少需要 {UserSessions.MinPasswordLength} 个字符。");
        if (await db.Users.AnyAsync(u => u.UserName == userName, ct).ConfigureAwait(false))
            throw new JixiaoException($"用户名“{userName}”已存在，未做任何修改（已有用户的密码请由其本人修改）。");

        var jurisdiction = await db.Jurisdictions.FirstOrDefaultAsync(j => j.Code == jurisdictionCode, ct).ConfigureAwait(false);
        if (jurisdiction is null)
        {
            if (jurisdictionName.Length is 0 or > 100) throw new JixiaoException($"行政区划代码 {jurisdictionCode} 尚不存在：请用 --jurisdiction 给出它的名称（1–100 个字符）。");
            jurisdiction = new JurisdictionEntity { Name = jurisdictionName, Code = jurisdictionCode };
            db.Jurisdictions.Add(jurisdiction);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        var user = new UserEntity
        {
            UserName = userName, DisplayName = displayName, PasswordHash = PasswordHashing.Hash(password),
            Role = Role.Administrator, JurisdictionId = jurisdiction.Id,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return user.Id;
    }
}
