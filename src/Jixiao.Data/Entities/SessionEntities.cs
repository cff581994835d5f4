namespace Jixiao.Data.Entities;

/// <summary>
/// A signed-in session (登录会话) of a user. The cookie carries a random token; only its SHA-256 is stored, so a copy
/// of the database does not hold usable cookies. Deleting the row ends the session at once (sign-out, a password
/// change, an administrator's 全部下线).
/// </summary>
public sealed class UserSessionEntity
{
    public int Id { get; set; }
    public int UserId { get; set; }

    /// <summary>SHA-256 of the cookie's token, 64 hexadecimal characters.</summary>
    public required string TokenHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The absolute end of the session: no activity extends it.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>
/// One key of the ASP.NET Core Data Protection key ring (its XML), kept with the instance's data so that cookies of
/// another instance (another database) cannot be read here.
/// </summary>
public sealed class DataProtectionKeyEntity
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
