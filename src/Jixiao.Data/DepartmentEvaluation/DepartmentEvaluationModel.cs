using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.DepartmentEvaluation;

/// <summary>The 部门整体自评 tables, configured apart so the context gains one line.</summary>
internal static class DepartmentEvaluationModel
{
    public static void Configure(ModelBuilder m)
    {
        m.Entity<DepartmentEvaluationEntity>(b =>
        {
            b.ToTable("department_evaluations");
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
            // One department-wide self-evaluation per document; lists read by jurisdiction and year.
            b.HasIndex(x => x.DocumentId).IsUnique();
            b.HasIndex(x => new { x.JurisdictionId, x.FiscalYear });
        });
        m.Entity<DepartmentEvaluationVersionEntity>(b =>
        {
            b.ToTable("department_evaluation_versions");
            b.Property(x => x.Total).HasPrecision(7, 2);
            b.Property(x => x.Grade).HasMaxLength(10);
            b.Property(x => x.CreatedBy).HasMaxLength(60);
            b.Property(x => x.SubmittedBy).HasMaxLength(60);
            b.HasOne(x => x.Evaluation).WithMany().HasForeignKey(x => x.EvaluationId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.EvaluationId, x.Number }).IsUnique();
        });
    }
}
