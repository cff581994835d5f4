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
}
