using Jixiao.Core.Review;
using Jixiao.Core.Review.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.ReviewProfiles;

/// <summary>
/// The stored review profile of a jurisdiction as the engine takes it (<see cref="ReviewProfile"/>): its base disclosure
/// profile and its rule overrides. Every review the web system runs (import preview, import, edit, re-review) goes
/// through <see cref="LoadAsync"/>, so the jurisdiction's profile applies everywhere; none stored gives null (the engine
/// then recognises the jurisdiction from the document and runs every rule at its default severity).
/// </summary>
internal static class JurisdictionReviewProfiles
{
    public static async Task<ReviewProfile?> LoadAsync(JixiaoDbContext db, int jurisdictionId, CancellationToken ct)
    {
        var row = await db.ReviewProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.JurisdictionId == jurisdictionId, ct).ConfigureAwait(false);
        var overrides = await db.ReviewRuleOverrides.AsNoTracking().Where(o => o.JurisdictionId == jurisdictionId)
            .OrderBy(o => o.RuleId).ToListAsync(ct).ConfigureAwait(false);
        if (row is null && overrides.Count == 0) return null;
        var name = await db.Jurisdictions.AsNoTracking().Where(j => j.Id == jurisdictionId).Select(j => j.Name).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        // A rule removed from the catalogue since it was configured is skipped rather than failing every review.
        var known = overrides.Where(o => RuleIds.IsKnown(o.RuleId))
            .Select(o => new RuleOverride(o.RuleId, o.Enabled, Severities.Parse(o.Severity), o.Reason));
        var baseProfile = Core.Review.Profiles.Jurisdictions.JurisdictionProfiles.Find(row?.BaseProfile) is null ? null : row!.BaseProfile;
        return new ReviewProfile($"{name ?? "本辖区"}审核配置", known, baseProfile);
    }
}
