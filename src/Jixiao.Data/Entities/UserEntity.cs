using Jixiao.Data.Security;

namespace Jixiao.Data.Entities;

/// <summary>A user with their role and scope; the password is kept only as a PBKDF2 hash.</summary>
public sealed class UserEntity
{
    public int Id { get; set; }
    public required string UserName { get; set; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    public Role Role { get; set; }
    public int JurisdictionId { get; set; }
    public int? DepartmentId { get; set; }
    public int? BudgetUnitId { get; set; }

    /// <summary>停用：不能登录，已有的会话在停用时全部结束。用户不删除，因为操作日志和版本记录仍指向其用户名。</summary>
    public bool Disabled { get; set; }

    /// <summary>
    /// Notifications start after this audit line: a user created later is not greeted with every return and
    /// approval their unit ever had (docs/administration.md).
    /// </summary>
    public long NotificationsFrom { get; set; }
}
