using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Monitoring;

/// <summary>The monitoring tables (运行监控), configured apart from the others so the context gains one line.</summary>
internal static class MonitoringModel
{
    public static void Configure(ModelBuilder m)
    {
        m.Entity<MonitoringPeriodEntity>(b =>
        {
            b.ToTable("monitoring_periods");
            b.Property(x => x.CreatedBy).HasMaxLength(60);
            // One period per end month of a jurisdiction's year.
            b.HasIndex(x => new { x.JurisdictionId, x.FiscalYear, x.EndMonth }).IsUnique();
        });
        m.Entity<MonitoringReportEntity>(b =>
        {
            b.ToTable("monitoring_reports");
            b.Property(x => x.DocumentTitle).HasMaxLength(500);
            b.Property(x => x.UnitName).HasMaxLength(200);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.CreatedBy).HasMaxLength(60);
            b.Property(x => x.UpdatedBy).HasMaxLength(60);
            b.Property(x => x.RowVersion).IsConcurrencyToken();
            b.HasOne(x => x.Period).WithMany().HasForeignKey(x => x.PeriodId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.PeriodId, x.DocumentId }).IsUnique();
            b.HasIndex(x => new { x.JurisdictionId, x.FiscalYear });
        });
        m.Entity<MonitoringReportVersionEntity>(b =>
        {
            b.ToTable("monitoring_report_versions");
            b.Property(x => x.CreatedBy).HasMaxLength(60);
            b.Property(x => x.SubmittedBy).HasMaxLength(60);
            b.HasOne(x => x.Report).WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.ReportId, x.Number }).IsUnique();
        });
        m.Entity<MonitoringItemEntity>(b =>
        {
            b.ToTable("monitoring_items");
            b.Property(x => x.ProjectKey).HasMaxLength(Core.Model.Identity.DocumentKeys.MaxLength);
            b.Property(x => x.IndicatorKey).HasMaxLength(Core.Model.Identity.DocumentKeys.MaxLength);
            b.Property(x => x.ProjectName).HasMaxLength(500);
            b.Property(x => x.Name).HasMaxLength(500);
            b.Property(x => x.Light).HasMaxLength(10);
            b.Property(x => x.Causes).HasMaxLength(100);
            b.Property(x => x.RequirementBy).HasMaxLength(60);
            b.Property(x => x.OutcomeBy).HasMaxLength(60);
            b.Property(x => x.BudgetWan).HasPrecision(18, 6);
            b.Property(x => x.ExecutedWan).HasPrecision(18, 6);
            b.Property(x => x.PlannedRate).HasPrecision(9, 2);
            b.Property(x => x.ExecutionRate).HasPrecision(12, 2);
            b.Property(x => x.Plan).HasMaxLength(200);
            b.HasOne(x => x.Report).WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.ReportId, x.ProjectKey, x.IndicatorKey }).IsUnique();
            // The finance overview reads a period's items by light.
            b.HasIndex(x => new { x.PeriodId, x.Light });
        });
    }
}
