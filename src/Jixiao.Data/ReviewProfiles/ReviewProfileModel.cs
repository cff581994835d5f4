using Jixiao.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.ReviewProfiles;

/// <summary>The tables of the jurisdictions' review profiles (docs/jurisdiction-profiles.md), kept out of the context's long list.</summary>
internal static class ReviewProfileModel
{
    public static void Configure(ModelBuilder m)
    {
        m.Entity<JurisdictionReviewProfileEntity>(b =>
        {
            b.ToTable("review_profiles");
            b.HasKey(x => x.JurisdictionId);
            b.Property(x => x.JurisdictionId).ValueGeneratedNever();
            b.Property(x => x.BaseProfile).HasMaxLength(40);
            b.Property(x => x.UpdatedBy).HasMaxLength(60);
            b.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
        });
        m.Entity<ReviewRuleOverrideEntity>(b =>
        {
            b.ToTable("review_rule_overrides");
            b.Property(x => x.RuleId).HasMaxLength(20);
            b.Property(x => x.Severity).HasMaxLength(10);
            b.Property(x => x.Reason).HasMaxLength(500);
            b.HasOne<JurisdictionEntity>().WithMany().HasForeignKey(x => x.JurisdictionId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.JurisdictionId, x.RuleId }).IsUnique();
        });
    }
}
