using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Drafting;

/// <summary>
/// The findings after an edit, written as a difference: the whole document is reviewed again (document-wide rules see
/// every project), but only findings that appeared or went are inserted or deleted; a finding that is still there keeps
/// its row. Deleting and re-inserting every finding of a 100 × 12 document was most of a save's time (bench/RESULTS.md).
/// Positions keep the review's order with gaps (<see cref="Gap"/>), so a new finding usually fits between its
/// neighbours without renumbering the rest; when it does not, all are renumbered once.
/// </summary>
internal static class DraftFindings
{
    /// <summary>Distance between positions after a renumbering: room for this many findings to appear between two.</summary>
    internal const int Gap = 1024;

    public static async Task<List<FindingEntity>> ReplaceAsync(JixiaoDbContext db, DocumentEntity d, TargetDocument model,
        IReadOnlyList<ProjectEntity> projects, IReadOnlyList<IndicatorEntity> indicators, CancellationToken ct)
    {
        var acceptances = await db.FindingAcceptances.AsNoTracking().Where(a => a.DocumentId == d.Id)
            .Select(a => new Acceptance(a.RuleId, a.Fingerprint, a.Reason, a.AcceptedBy, a.AcceptedAt)).ToListAsync(ct).ConfigureAwait(false);
        var old = await db.Findings.Where(f => f.DocumentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
        var profile = await ReviewProfiles.JurisdictionReviewProfiles.LoadAsync(db, d.JurisdictionId, ct).ConfigureAwait(false);
        var fresh = FindingRows.Build(ReviewRules.Default.Review(model, profile, acceptances), d, projects, indicators);

        var pool = new Dictionary<string, Queue<FindingEntity>>(StringComparer.Ordinal);
        foreach (var row in old.OrderBy(f => f.Position))
        {
            var key = Key(row, row.ProjectId, row.IndicatorId);
            if (!pool.TryGetValue(key, out var queue)) pool[key] = queue = new Queue<FindingEntity>();
            queue.Enqueue(row);
        }
        var result = new List<FindingEntity>(fresh.Count);
        var kept = new List<FindingEntity?>(fresh.Count);
        foreach (var row in fresh)
        {
            // A new project or indicator has no id yet: its findings are new rows.
            int? projectId = row.Project is { Id: > 0 } p ? p.Id : row.Project is null ? null : -1;
            int? indicatorId = row.Indicator is { Id: > 0 } i ? i.Id : row.Indicator is null ? null : -1;
            var match = pool.TryGetValue(Key(row, projectId, indicatorId), out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            kept.Add(match);
            result.Add(match ?? row);
        }
        var matched = kept.Where(k => k is not null).ToHashSet();
        db.Findings.RemoveRange(old.Where(o => !matched.Contains(o)));
        db.Findings.AddRange(result.Where((r, n) => kept[n] is null));
        Number(result, kept);
        FindingRows.Count(d, projects, result);
        return result;
    }

    /// <summary>
    /// Positions in review order. Kept rows keep theirs where they are still increasing; the others take room in the
    /// gaps between; when a gap is too small every row is renumbered with <see cref="Gap"/> between.
    /// </summary>
    internal static void Number(List<FindingEntity> rows, List<FindingEntity?> kept)
    {
        var positions = new int?[rows.Count];
        var last = 0;
        for (var n = 0; n < rows.Count; n++)
            if (kept[n] is { } k && k.Position > last) positions[n] = last = k.Position;
        var start = 0;
        while (start < rows.Count)
        {
            if (positions[start] is not null) { start++; continue; }
            var end = start;
            while (end < rows.Count && positions[end] is null) end++;
            var low = start == 0 ? 0 : positions[start - 1]!.Value;
            long high = end == rows.Count ? (long)low + (long)Gap * (end - start + 1) : positions[end]!.Value;
            var count = end - start;
            if (high - low - 1 < count)
            {
                for (var n = 0; n < rows.Count; n++) rows[n].Position = (n + 1) * Gap;
                return;
            }
            var step = (high - low) / (count + 1);
            for (var n = 0; n < count; n++) positions[start + n] = (int)(low + step * (n + 1));
            start = end;
        }
        for (var n = 0; n < rows.Count; n++)
            if (rows[n].Position != positions[n]!.Value) rows[n].Position = positions[n]!.Value;
    }

    private static string Key(FindingEntity f, int? projectId, int? indicatorId) =>
        string.Join('\u001f', f.RuleId, f.Fingerprint, projectId, indicatorId, f.Severity, f.Message, f.Where, f.Suggestion, f.FixField, f.FixFrom, f.FixTo, f.Basis,
            f.Expected, f.Actual, f.AcceptedReason, f.AcceptedBy, f.AcceptedAt?.ToUnixTimeMilliseconds());
}
