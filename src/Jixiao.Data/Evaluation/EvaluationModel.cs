using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Evaluation;

/// <summary>The self-evaluation tables (绩效自评), configured apart from the target documents' so the context gains one line.</summary>
internal static class EvaluationModel
{
    public static void Configure(ModelBuilder m)
    {
        m.Entity<SelfEvaluationEntity>(b =>
        {
            b.ToTable("self_evaluations");
            b.Property(x => x.ProjectKey).HasMaxLength(Core.Model.Identity.DocumentKeys.MaxLength);
            b.Property(x => x.ProjectCode).HasMaxLength(60);
            b.Property(x => x.ProjectName).HasMaxLength(500);
            b.Property(x => x.UnitName).HasMaxLength(200);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Total).HasPrecision(7, 2);
            b.Property(x => x.Grade).HasMaxLength(10);
            b.Property(x => x.ReviewScore).HasPrecision(7, 2);
            b.Property(x => x.ReviewGrade).HasMaxLength(10);
            b.Property(x => x.ReviewedBy).HasMaxLength(60);
            b.Property(x => x.CreatedBy).HasMaxLength(60);
            b.Property(x => x.UpdatedBy).HasMaxLength(60);
            b.Property(x => x.RowVersion).IsConcurrencyToken();
            b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            // One evaluation per project of a document; the finance overview reads by jurisdiction and year.
            b.HasIndex(x => new { x.DocumentId, x.ProjectKey }).IsUnique();
            b.HasIndex(x => new { x.JurisdictionId, x.FiscalYear });
        });
        m.Entity<SelfEvaluationVersionEntity>(b =>
        {
            b.ToTable("self_evaluation_versions");
            b.Property(x => x.Total).HasPrecision(7, 2);
            b.Property(x => x.Grade).HasMaxLength(10);
            b.Property(x => x.CreatedBy).HasMaxLength(60);
            b.Property(x => x.SubmittedBy).HasMaxLength(60);
            b.HasOne(x => x.Evaluation).WithMany().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.EvaluationId, x.Number }).IsUnique();
        });
    }
}
