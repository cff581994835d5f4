using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Settings;

/// <summary>The jurisdiction settings table (绩效设置), configured apart from the others so the context gains one line.</summary>
internal static class PerformanceSettingsModel
{
    public static void Configure(ModelBuilder m) =>
        m.Entity<PerformanceSettingsEntity>(b =>
        {
            b.ToTable("performance_settings");
            b.HasKey(x => x.JurisdictionId);
            b.Property(x => x.JurisdictionId).ValueGeneratedNever();
            b.Property(x => x.UpdatedBy).HasMaxLength(60);
            b.Property(x => x.RowVersion).IsConcurrencyToken();
            b.HasOne<JurisdictionEntity>().WithOne().HasForeignKey<PerformanceSettingsEntity>(x => x.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
        });
}
