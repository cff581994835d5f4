using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>What administration and notifications add to the model (docs/administration.md, docs/notifications.md).</summary>
internal static class OfficeModel
{
    public static void Configure(ModelBuilder m)
    {
        m.Entity<NotificationReadEntity>(b =>
        {
            b.ToTable("notification_reads");
            b.HasIndex(x => new { x.UserId, x.AuditEntryId }).IsUnique();
            b.HasOne<UserEntity>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<AuditLogEntity>().WithMany().HasForeignKey(x => x.AuditEntryId).OnDelete(DeleteBehavior.Cascade);
        });
        // The administration log of a jurisdiction is read by jurisdiction, newest first.
        m.Entity<AuditLogEntity>(b =>
        {
            b.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => x.JurisdictionId);
        });
    }
}
