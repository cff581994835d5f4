namespace Jixiao.Data.Security;

/// <summary>
/// A signed-in user with the scope of their role, re-read from the database on every request.
/// The public (not signed in) is a null <c>Actor?</c>, never an Actor.
/// </summary>
public sealed record Actor(int UserId, string UserName, string DisplayName, Role Role, int JurisdictionId, int? DepartmentId, int? BudgetUnitId);
