using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// The Jixiao database. The model is the same for every provider; <see cref="SqliteJixiaoDbContext"/> and
/// <see cref="PostgresJixiaoDbContext"/> exist so that each provider keeps its own migration set.
/// </summary>
public abstract class JixiaoDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<JurisdictionEntity> Jurisdictions => Set<JurisdictionEntity>();
    public DbSet<DepartmentEntity> Departments => Set<DepartmentEntity>();
    public DbSet<BudgetUnitEntity> BudgetUnits => Set<BudgetUnitEntity>();
    public DbSet<FiscalYearEntity> FiscalYears => Set<FiscalYearEntity>();
    public DbSet<UserEntity> Users => Set<UserEntity>();
    public DbSet<DocumentEntity> Documents => Set<DocumentEntity>();
    public DbSet<DocumentVersionEntity> DocumentVersions => Set<DocumentVersionEntity>();
    public DbSet<ProjectEntity> Projects => Set<ProjectEntity>();
    public DbSet<IndicatorEntity> Indicators => Set<IndicatorEntity>();
    public DbSet<FindingEntity> Findings => Set<FindingEntity>();
    public DbSet<FindingAcceptanceEntity> FindingAcceptances => Set<FindingAcceptanceEntity>();
    public DbSet<AuditLogEntity> AuditLog => Set<AuditLogEntity>();
    public DbSet<JurisdictionReviewProfileEntity> ReviewProfiles => Set<JurisdictionReviewProfileEntity>();
    public DbSet<ReviewRuleOverrideEntity> ReviewRuleOverrides => Set<ReviewRuleOverrideEntity>();
    public DbSet<UserSessionEntity> UserSessions => Set<UserSessionEntity>();
    public DbSet<DataProtectionKeyEntity> DataProtectionKeys => Set<DataProtectionKeyEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var m = modelBuilder;
        Jixiao.Data.ReviewProfiles.ReviewProfileModel.Configure(m);

        m.Entity<JurisdictionEntity>(b =>
        {
            b.ToTable("jurisdictions");
            b.Property(x => x.Name).HasMaxLength(100);
            b.Property(x => x.Code).HasMaxLength(20);
            // Existing jurisdictions get the rule too when the column is added; the sentinel (true, the CLR default)
            // makes EF write an explicit false rather than leave it to the column default.
            b.Property(x => x.SeparateSubmitAndApprove).HasDefaultValue(true).HasSentinel(true);
            b.HasIndex(x => x.Code).IsUnique();
        });
        m.Entity<DepartmentEntity>(b =>
        {
            b.ToTable("departments");
            b.Property(x => x.Name).HasMaxLength(100);
            b.Property(x => x.Code).HasMaxLength(20);
            b.Property(x => x.Kind).HasMaxLength(40);
            b.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => new { x.JurisdictionId, x.Code }).IsUnique();
        });
        m.Entity<BudgetUnitEntity>(b =>
        {
            b.ToTable("budget_units");
            b.Property(x => x.Name).HasMaxLength(100);
            b.Property(x => x.Code).HasMaxLength(20);
            b.HasOne<DepartmentEntity>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => new { x.DepartmentId, x.Code }).IsUnique();
        });
        m.Entity<FiscalYearEntity>(b =>
        {
            b.ToTable("fiscal_years");
            b.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => new { x.JurisdictionId, x.Year }).IsUnique();
        });
        m.Entity<UserEntity>(b =>
        {
            b.ToTable("users");
            b.Property(x => x.UserName).HasMaxLength(60);
            b.Property(x => x.DisplayName).HasMaxLength(100);
            b.Property(x => x.PasswordHash).HasMaxLength(200);
            b.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
            b.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<DepartmentEntity>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<BudgetUnitEntity>().WithMany().HasForeignKey(x => x.BudgetUnitId).OnDelete(DeleteBehavior.Restrict);
            b.HasIndex(x => x.UserName).IsUnique();
        });
        m.Entity<DocumentEntity>(b =>
        {
            b.ToTable("documents");
            b.Property(x => x.Title).HasMaxLength(300);
            b.Property(x => x.UnitName).HasMaxLength(200);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.RowVersion).IsConcurrencyToken();
            b.Property(x => x.OverallUpdatedBy).HasMaxLength(60);
            b.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<DepartmentEntity>().WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
            b.HasOne<BudgetUnitEntity>().WithMany().HasForeignKey(x => x.BudgetUnitId).OnDelete(DeleteBehavior.Restrict);
            // The overview filters on department + year; the public list on jurisdiction + state.
            b.HasIndex(x => new { x.DepartmentId, x.FiscalYear });
            b.HasIndex(x => new { x.JurisdictionId, x.State });
        });
        m.Entity<DocumentVersionEntity>(b =>
        {
            b.ToTable("document_versions");
            b.Property(x => x.CreatedBy).HasMaxLength(60);
            b.Property(x => x.SubmittedBy).HasMaxLength(60);
            b.Property(x => x.StateWhenFrozen).HasConversion<string>().HasMaxLength(20);
            b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.DocumentId, x.Number }).IsUnique();
        });
        m.Entity<ProjectEntity>(b =>
        {
            b.ToTable("projects");
            b.Property(x => x.Key).HasMaxLength(Core.Model.Identity.DocumentKeys.MaxLength);
            b.Property(x => x.Code).HasMaxLength(60);
            b.Property(x => x.Name).HasMaxLength(500);
            b.Property(x => x.UnitCode).HasMaxLength(40);
            b.Property(x => x.UnitName).HasMaxLength(200);
            b.Property(x => x.BudgetAsWritten).HasMaxLength(40);
            b.Property(x => x.MoneyUnit).HasMaxLength(4);
            b.Property(x => x.BudgetWan).HasPrecision(20, 6);
            b.Property(x => x.SpendingPlan).HasMaxLength(200);
            b.Property(x => x.RowVersion).IsConcurrencyToken();
            b.Property(x => x.UpdatedBy).HasMaxLength(60);
            b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.DocumentId, x.Position });
            // Monitoring, self-evaluation and links from the next year find a project by (document, key).
            b.HasIndex(x => new { x.DocumentId, x.Key });
        });
        m.Entity<IndicatorEntity>(b =>
        {
            b.ToTable("indicators");
            b.Property(x => x.Key).HasMaxLength(Core.Model.Identity.DocumentKeys.MaxLength);
            b.Property(x => x.Level1).HasMaxLength(100);
            b.Property(x => x.Level2).HasMaxLength(100);
            b.Property(x => x.Nature).HasMaxLength(20);
            b.Property(x => x.Unit).HasMaxLength(40);
            b.Property(x => x.Weight).HasMaxLength(40);
            b.Property(x => x.UpdatedBy).HasMaxLength(60);
            b.Property(x => x.RowVersion).IsConcurrencyToken();
            b.HasOne(x => x.Project).WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.ProjectId, x.Position });
            b.HasIndex(x => new { x.DocumentId, x.Key });
        });
        m.Entity<FindingEntity>(b =>
        {
            b.ToTable("findings");
            b.Property(x => x.RuleId).HasMaxLength(20);
            b.Property(x => x.FixField).HasMaxLength(20);
            b.Property(x => x.Severity).HasMaxLength(10);
            b.Property(x => x.Where).HasMaxLength(300);
            b.Property(x => x.Fingerprint).HasMaxLength(32);
            b.Property(x => x.AcceptedBy).HasMaxLength(60);
            b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne(x => x.Project).WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne(x => x.Indicator).WithMany().HasForeignKey(x => x.IndicatorId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.DocumentId, x.ProjectId, x.Position });
        });
        m.Entity<FindingAcceptanceEntity>(b =>
        {
            b.ToTable("finding_acceptances");
            b.Property(x => x.RuleId).HasMaxLength(20);
            b.Property(x => x.Fingerprint).HasMaxLength(32);
            b.Property(x => x.AcceptedBy).HasMaxLength(60);
            b.HasOne<DocumentEntity>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.DocumentId, x.RuleId, x.Fingerprint }).IsUnique();
        });
        m.Entity<AuditLogEntity>(b =>
        {
            b.ToTable("audit_log");
            b.Property(x => x.UserName).HasMaxLength(60);
            b.Property(x => x.Action).HasMaxLength(40);
            b.Property(x => x.Where).HasMaxLength(600);
            b.Property(x => x.Field).HasMaxLength(40);
            b.HasOne(x => x.Document).WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => x.DocumentId);
        });
        SessionModel.Configure(m);
        Evaluation.EvaluationModel.Configure(m);
        DepartmentEvaluation.DepartmentEvaluationModel.Configure(m);
        OfficeModel.Configure(m);
        Monitoring.MonitoringModel.Configure(m);
        Settings.PerformanceSettingsModel.Configure(m);
    }
}
