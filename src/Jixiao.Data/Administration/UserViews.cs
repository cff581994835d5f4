using Jixiao.Data.Security;

namespace Jixiao.Data.Administration;

/// <summary>A user as the administrator sees them: 姓名（登录名）, role, scope by name, and whether they are 停用.</summary>
public sealed record UserView(int Id, string UserName, string DisplayName, string Person, Role Role, string RoleName,
    int? DepartmentId, string? DepartmentName, int? BudgetUnitId, string? UnitName, bool Disabled);

/// <summary>
/// A new user or the changes to one. The scope follows the role: 单位填报人 — a budget unit (its department follows);
/// 部门审核人 — a department; 财政审核人 and 系统管理员 — the whole jurisdiction (no department or unit).
/// </summary>
public sealed record UserInput(string? UserName, string? DisplayName, Role Role, int? DepartmentId, int? BudgetUnitId);

/// <summary>A user just created or whose password was reset, with the one-time password to hand over (shown once, never stored).</summary>
public sealed record UserWithPassword(UserView User, string Password);
