using Jixiao.Data.Security;

namespace Jixiao.Data;

/// <summary>A demo sign-in; the password is only known to the seeding call that created it.</summary>
public sealed record DemoUser(string UserName, string Password, Role Role, string Description);

/// <summary>The users the seeding created (empty when the database was already seeded).</summary>
public sealed record DemoSeedResult(IReadOnlyList<DemoUser> Users);
