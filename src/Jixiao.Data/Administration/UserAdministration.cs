using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Administration;

/// <summary>
/// 用户管理 by the 系统管理员 of a jurisdiction: create a user with display name, role and scope (a one-time password is
/// generated and shown once), change name, role and scope, 停用 / 启用, 重置密码. 停用 and 重置密码 end every session of the
/// user at once. Users of another jurisdiction are “not found”; every change is an audit line of the jurisdiction.
/// Users are never deleted: audit lines and versions name them.
/// </summary>
public sealed class UserAdministration(JixiaoDbContext db, TimeProvider time)
{
    /// <summary>One page of the jurisdiction's users by user name; <paramref name="search"/> matches 登录名 or 姓名.</summary>
    public async Task<Paged<UserView>> ListAsync(Actor? actor, string? search = null, PageRequest? page = null, CancellationToken ct = default)
    {
        var admin = AdministrationLog.RequireAdministrator(actor, "查看用户");
        var paging = (page ?? PageRequest.First).Checked();
        var jurisdiction = admin.JurisdictionId;
        var q = db.Users.AsNoTracking().Where(u => u.JurisdictionId == jurisdiction);
        if (Limits.InputText.Clean(search)?.Trim() is { Length: > 0 } s) q = q.Where(u => u.UserName.Contains(s) || u.DisplayName.Contains(s));
        var users = await q.OrderBy(u => u.UserName).ThenBy(u => u.Id).ToPagedAsync(paging, ct).ConfigureAwait(false);
        var names = await NamesAsync(users, ct).ConfigureAwait(false);
        return users.Map(u => View(u, names));
    }

    /// <summary>Creates a user; the password is generated (12 characters) and returned once.</summary>
    public async Task<UserWithPassword> CreateAsync(Actor? actor, UserInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var admin = AdministrationLog.RequireAdministrator(actor, "新建用户");
        var userName = AdministrationLog.Code(input.UserName, "登录名", 60);
        var displayName = AdministrationLog.Required(input.DisplayName, "姓名", 100);
        if (await db.Users.AnyAsync(u => u.UserName == userName, ct).ConfigureAwait(false))
            throw new InvalidInputException($"登录名“{userName}”已被使用，请换一个（登录名在整个系统中唯一）。");
        var (department, unit) = await ScopeAsync(admin, input, ct).ConfigureAwait(false);
        var password = PasswordHashing.NewPassword();
        // Notifications start now: a new filer is not told of returns that happened before they existed.
        var lastAudit = await db.AuditLog.MaxAsync(a => (long?)a.Id, ct).ConfigureAwait(false) ?? 0;
        var user = new UserEntity
        {
            UserName = userName, DisplayName = displayName, PasswordHash = PasswordHashing.Hash(password), Role = input.Role,
            JurisdictionId = admin.JurisdictionId, DepartmentId = department, BudgetUnitId = unit, NotificationsFrom = lastAudit,
        };
        db.Users.Add(user);
        var names = await NamesAsync([user], ct).ConfigureAwait(false);
        AdministrationLog.Write(db, time, admin, "新建用户", $"用户 {PersonLabel.Of(displayName, userName)}", "角色与范围", null, Scope(user, names));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return new UserWithPassword(View(user, names), password);
    }

    /// <summary>Changes name, role and scope (the login name stays). Takes effect on the user's next request.</summary>
    public async Task<UserView> UpdateAsync(Actor? actor, int userId, UserInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var admin = AdministrationLog.RequireAdministrator(actor, "修改用户");
        var user = await FindAsync(admin, userId, ct).ConfigureAwait(false);
        var displayName = AdministrationLog.Required(input.DisplayName, "姓名", 100);
        if (user.Id == admin.UserId && input.Role != Role.Administrator)
            throw new InvalidInputException("不能取消自己的系统管理员角色：请由另一位系统管理员操作，以免本辖区无人管理。");
        var (department, unit) = await ScopeAsync(admin, input, ct).ConfigureAwait(false);
        var before = await NamesAsync([user], ct).ConfigureAwait(false);
        var oldScope = Scope(user, before);
        var oldName = user.DisplayName;
        user.DisplayName = displayName;
        user.Role = input.Role;
        user.DepartmentId = department;
        user.BudgetUnitId = unit;
        var after = await NamesAsync([user], ct).ConfigureAwait(false);
        var where = $"用户 {PersonLabel.Of(displayName, user.UserName)}";
        if (oldName != displayName) AdministrationLog.Write(db, time, admin, "修改用户", where, "姓名", oldName, displayName);
        if (oldScope != Scope(user, after)) AdministrationLog.Write(db, time, admin, "修改用户", where, "角色与范围", oldScope, Scope(user, after));
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return View(user, after);
    }

    /// <summary>停用: the user can no longer sign in and every session ends now. Not oneself.</summary>
    public async Task<UserView> DisableAsync(Actor? actor, int userId, CancellationToken ct = default)
    {
        var admin = AdministrationLog.RequireAdministrator(actor, "停用用户");
        var user = await FindAsync(admin, userId, ct).ConfigureAwait(false);
        if (user.Id == admin.UserId) throw new InvalidInputException("不能停用自己的账号。");
        if (!user.Disabled)
        {
            user.Disabled = true;
            AdministrationLog.Write(db, time, admin, "停用用户", $"用户 {PersonLabel.Of(user.DisplayName, user.UserName)}", "状态", "启用", "停用");
            await SaveAndEndSessionsAsync(user.Id, ct).ConfigureAwait(false);
        }
        return View(user, await NamesAsync([user], ct).ConfigureAwait(false));
    }

    /// <summary>启用 a disabled user again (they sign in with their password as it was).</summary>
    public async Task<UserView> EnableAsync(Actor? actor, int userId, CancellationToken ct = default)
    {
        var admin = AdministrationLog.RequireAdministrator(actor, "启用用户");
        var user = await FindAsync(admin, userId, ct).ConfigureAwait(false);
        if (user.Disabled)
        {
            user.Disabled = false;
            AdministrationLog.Write(db, time, admin, "启用用户", $"用户 {PersonLabel.Of(user.DisplayName, user.UserName)}", "状态", "停用", "启用");
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return View(user, await NamesAsync([user], ct).ConfigureAwait(false));
    }

    /// <summary>重置密码: a new one-time password (returned once); the old one and every session stop working now.</summary>
    public async Task<UserWithPassword> ResetPasswordAsync(Actor? actor, int userId, CancellationToken ct = default)
    {
        var admin = AdministrationLog.RequireAdministrator(actor, "重置密码");
        var user = await FindAsync(admin, userId, ct).ConfigureAwait(false);
        var password = PasswordHashing.NewPassword();
        user.PasswordHash = PasswordHashing.Hash(password);
        // The password itself is never written to the log.
        AdministrationLog.Write(db, time, admin, "重置密码", $"用户 {PersonLabel.Of(user.DisplayName, user.UserName)}");
        await SaveAndEndSessionsAsync(user.Id, ct).ConfigureAwait(false);
        return new UserWithPassword(View(user, await NamesAsync([user], ct).ConfigureAwait(false)), password);
    }

    private async Task SaveAndEndSessionsAsync(int userId, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await db.UserSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
    }

    private async Task<UserEntity> FindAsync(Actor admin, int userId, CancellationToken ct) =>
        await db.Users.FirstOrDefaultAsync(u => u.Id == userId && u.JurisdictionId == admin.JurisdictionId, ct).ConfigureAwait(false)
        ?? throw new NotFoundException($"本辖区没有编号为 {userId} 的用户。");

    /// <summary>The department and unit the role needs, checked to be of the administrator's jurisdiction.</summary>
    private async Task<(int? Department, int? Unit)> ScopeAsync(Actor admin, UserInput input, CancellationToken ct)
    {
        if (!Enum.IsDefined(input.Role)) throw new InvalidInputException($"角色“{input.Role}”无效：应为单位填报人、部门审核人、财政审核人或系统管理员。");
        var jurisdiction = admin.JurisdictionId;
        switch (input.Role)
        {
            case Role.UnitFiler:
                if (input.BudgetUnitId is not int unitId) throw new InvalidInputException("单位填报人须选择所属预算单位。");
                var unit = await (from u in db.BudgetUnits.AsNoTracking()
                                  join d in db.Departments.AsNoTracking() on u.DepartmentId equals d.Id
                                  where u.Id == unitId && d.JurisdictionId == jurisdiction
                                  select new { u.Id, u.DepartmentId }).FirstOrDefaultAsync(ct).ConfigureAwait(false)
                           ?? throw new InvalidInputException($"本辖区没有编号为 {unitId} 的预算单位。");
                return (unit.DepartmentId, unit.Id);
            case Role.DepartmentReviewer:
                if (input.DepartmentId is not int departmentId) throw new InvalidInputException("部门审核人须选择所属部门。");
                if (!await db.Departments.AnyAsync(d => d.Id == departmentId && d.JurisdictionId == jurisdiction, ct).ConfigureAwait(false))
                    throw new InvalidInputException($"本辖区没有编号为 {departmentId} 的部门。");
                return (departmentId, null);
            default:
                return (null, null);
        }
    }

    private sealed record ScopeNames(IReadOnlyDictionary<int, string> Departments, IReadOnlyDictionary<int, string> Units);

    private async Task<ScopeNames> NamesAsync(IEnumerable<UserEntity> users, CancellationToken ct)
    {
        var list = users.ToList();
        var departments = list.Select(u => u.DepartmentId).OfType<int>().Distinct().ToArray();
        var units = list.Select(u => u.BudgetUnitId).OfType<int>().Distinct().ToArray();
        return new ScopeNames(
            departments.Length == 0 ? new Dictionary<int, string>() : await db.Departments.AsNoTracking().Where(d => departments.Contains(d.Id))
                .ToDictionaryAsync(d => d.Id, d => d.Name, ct).ConfigureAwait(false),
            units.Length == 0 ? new Dictionary<int, string>() : await db.BudgetUnits.AsNoTracking().Where(u => units.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => u.Name, ct).ConfigureAwait(false));
    }

    private static UserView View(UserEntity u, ScopeNames names) =>
        new(u.Id, u.UserName, u.DisplayName, PersonLabel.Of(u.DisplayName, u.UserName), u.Role, u.Role.ToChinese(),
            u.DepartmentId, u.DepartmentId is int d ? names.Departments.GetValueOrDefault(d) : null,
            u.BudgetUnitId, u.BudgetUnitId is int b ? names.Units.GetValueOrDefault(b) : null, u.Disabled);

    /// <summary>角色与范围 in words, as the audit line records it: 单位填报人 · 司法局 / 公证处.</summary>
    private static string Scope(UserEntity u, ScopeNames names)
    {
        var place = u.BudgetUnitId is int b ? $"{names.Departments.GetValueOrDefault(u.DepartmentId ?? 0)} / {names.Units.GetValueOrDefault(b)}"
            : u.DepartmentId is int d ? names.Departments.GetValueOrDefault(d) ?? "" : "全辖区";
        return $"{u.Role.ToChinese()} · {place}";
    }
}
