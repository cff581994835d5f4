using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>The tables of sign-in sessions and of the Data Protection key ring (docs/SECURITY.md).</summary>
internal static class SessionModel
{
    public static void Configure(ModelBuilder m)
    {
        m.Entity<UserSessionEntity>(b =>
        {
            b.ToTable("user_sessions");
            b.Property(x => x.TokenHash).HasMaxLength(64);
            b.HasIndex(x => x.TokenHash).IsUnique();
            b.HasIndex(x => x.UserId);
            // A deleted user's sessions go with them.
            b.HasOne<UserEntity>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        m.Entity<DataProtectionKeyEntity>(b =>
        {
            b.ToTable("data_protection_keys");
            b.Property(x => x.FriendlyName).HasMaxLength(200);
        });
    }
}
