using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Profiles;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Drafting;

/// <summary>
/// The findings after an edit, written as a difference: the whole document is reviewed again (<see cref="ReplaceAsync"/>)
/// or, when the save changed only some tables, only those and the document-wide rules (<see cref="ReplaceTablesAsync"/>);
/// either way only findings that appeared or went are inserted or deleted; a finding that is still there keeps
/// its row. Deleting and re-inserting every finding of a 100 × 12 document was most of a save's time (bench/RESULTS.md).
/// Positions keep the review's order with gaps (<see cref="Gap"/>), so a new finding usually fits between its
/// neighbours without renumbering the rest; when it does not, all are renumbered once.
/// </summary>
internal static class DraftFindings
{
    /// <summary>Distance between positions after a renumbering: room for this many findings to appear between two.</summary>
    internal const int Gap = 1024;

    public static async Task<List<FindingEntity>> ReplaceAsync(JixiaoDbContext db, DocumentEntity d, TargetDocument model, ReviewProfile? profile,
        IReadOnlyList<ProjectEntity> projects, IReadOnlyList<IndicatorEntity> indicators, CancellationToken ct)
    {
        var acceptances = await AcceptancesAsync(db, d, ct).ConfigureAwait(false);
        var old = await db.Findings.Where(f => f.DocumentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
        var fresh = FindingRows.Build(ReviewRules.Default.Review(model, profile, acceptances), d, projects, indicators);
        var (result, kept) = Match(db, old, fresh);
        Number(result, kept);
        FindingRows.Count(d, projects, result);
        return result;
    }

    /// <summary>
    /// The findings after a save that changed only the tables in <paramref name="scope"/>: the project-scoped rules run
    /// on those tables and the document-wide rules on the whole document (<see cref="ReviewEngine.ReviewTables"/>);
    /// only their stored rows are read and compared, the other projects' findings stay as stored — the engine's
    /// property tests hold that this is what a whole review gives. <paramref name="projects"/> and
    /// <paramref name="indicators"/> hold the changed projects' rows; the rows of other projects a finding lands on
    /// are read here. The counts move by what appeared and went. Null when the new findings do not fit between the
    /// stored positions (the caller then reviews the whole document, which numbers every finding again).
    /// </summary>
    public static async Task<List<FindingEntity>?> ReplaceTablesAsync(JixiaoDbContext db, DocumentEntity d, TargetDocument model, ReviewProfile? profile,
        DraftReviewScope scope, List<ProjectEntity> projects, List<IndicatorEntity> indicators, CancellationToken ct)
    {
        var acceptances = await AcceptancesAsync(db, d, ct).ConfigureAwait(false);
        var documentRules = ReviewRules.Default.Descriptors.Where(r => r.Scope == RuleScope.Document).Select(r => r.Id).ToList();
        var changed = projects.Where(p => scope.ProjectKeys.Contains(p.Key)).Select(p => (int?)p.Id).ToList();
        var overall = scope.Tables.Contains(0);
        var old = await db.Findings.Where(f => f.DocumentId == d.Id
                && (documentRules.Contains(f.RuleId) || changed.Contains(f.ProjectId) || (overall && f.ProjectId == null)))
            .ToListAsync(ct).ConfigureAwait(false);
        var review = ReviewRules.Default.ReviewTables(model, scope.Tables, profile, acceptances);

        // The rows of other projects that a document-wide finding lands on (to link it and to count it).
        var positions = review.Where(f => f.Where.Project is > 0).Select(f => f.Where.Project!.Value).Distinct()
            .Where(n => projects.All(p => p.Position != n)).ToList();
        var ids = old.Where(f => f.ProjectId is { } id && projects.All(p => p.Id != id)).Select(f => f.ProjectId!.Value).Distinct().ToList();
        if (positions.Count > 0 || ids.Count > 0)
        {
            var more = await db.Projects.Where(p => p.DocumentId == d.Id && (positions.Contains(p.Position) || ids.Contains(p.Id))).ToListAsync(ct).ConfigureAwait(false);
            var moreIds = more.Where(p => projects.All(q => q.Id != p.Id)).Select(p => p.Id).ToList();
            indicators.AddRange(await db.Indicators.Where(i => moreIds.Contains(i.ProjectId)).ToListAsync(ct).ConfigureAwait(false));
            projects.AddRange(more.Where(p => moreIds.Contains(p.Id)));
            projects.Sort((a, b) => a.Position.CompareTo(b.Position));
        }
        var fresh = FindingRows.Build(review, d, projects, indicators);
        var (result, kept) = Match(db, old, fresh);
        var loaded = old.Select(o => o.Id).ToHashSet();
        var others = await db.Findings.AsNoTracking().Where(f => f.DocumentId == d.Id).Select(f => new { f.Id, f.Position }).ToListAsync(ct).ConfigureAwait(false);
        var taken = new SortedSet<int>(others.Where(o => !loaded.Contains(o.Id)).Select(o => o.Position));
        if (!NumberAmong(result, kept, taken)) return null;

        var byId = projects.Where(p => p.Id != 0).ToDictionary(p => p.Id);
        var matched = kept.Where(k => k is not null).ToHashSet();
        foreach (var gone in old.Where(o => !matched.Contains(o))) CountOne(d, gone.ProjectId is { } pid ? byId[pid] : null, gone, -1);
        foreach (var added in result.Where((r, n) => kept[n] is null)) CountOne(d, added.Project, added, +1);
        return result;
    }

    private static Task<List<Acceptance>> AcceptancesAsync(JixiaoDbContext db, DocumentEntity d, CancellationToken ct) =>
        db.FindingAcceptances.AsNoTracking().Where(a => a.DocumentId == d.Id)
            .Select(a => new Acceptance(a.RuleId, a.Fingerprint, a.Reason, a.AcceptedBy, a.AcceptedAt)).ToListAsync(ct);

    /// <summary>An open finding that appeared (+1) or went (−1), in the counts of the document and of its project.</summary>
    private static void CountOne(DocumentEntity d, ProjectEntity? project, FindingEntity f, int sign)
    {
        if (f.AcceptedReason is not null) return;
        switch (f.Severity)
        {
            case "error": d.Errors += sign; if (project is not null) project.Errors += sign; break;
            case "warning": d.Warnings += sign; if (project is not null) project.Warnings += sign; break;
            case "info": d.Infos += sign; break;
        }
    }

    /// <summary>
    /// Pairs the fresh rows with the stored ones that say exactly the same (those keep their row); the stored rows
    /// left over are removed, the fresh ones without a pair added.
    /// </summary>
    private static (List<FindingEntity> Result, List<FindingEntity?> Kept) Match(JixiaoDbContext db, List<FindingEntity> old, List<FindingEntity> fresh)
    {
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
        return (result, kept);
    }

    /// <summary>
    /// Positions for the rows a partial review compared, among the positions of the findings it left alone
    /// (<paramref name="taken"/>): kept rows keep theirs where still increasing; a new row goes right after the row
    /// before it in review order (before the next stored finding of any project), or right before the one after it when
    /// it comes first. False when there is no room: the caller numbers the whole document again.
    /// </summary>
    internal static bool NumberAmong(List<FindingEntity> rows, List<FindingEntity?> kept, SortedSet<int> taken)
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
            var count = end - start;
            long low, high;
            if (start == 0 && end < rows.Count)
            {
                high = positions[end]!.Value;
                var before = taken.GetViewBetween(int.MinValue, (int)high - 1);
                low = before.Count > 0 ? before.Max : 0;
            }
            else
            {
                low = start == 0 ? 0 : positions[start - 1]!.Value;
                var after = low >= int.MaxValue ? null : taken.GetViewBetween((int)low + 1, int.MaxValue);
                long next = after is { Count: > 0 } ? after.Min : long.MaxValue;
                high = end == rows.Count ? Math.Min(next, low + (long)Gap * (count + 1)) : Math.Min(next, positions[end]!.Value);
            }
            if (high - low - 1 < count || high > int.MaxValue) return false;
            var step = (high - low) / (count + 1);
            for (var n = 0; n < count; n++) positions[start + n] = (int)(low + step * (n + 1));
            start = end;
        }
        for (var n = 0; n < rows.Count; n++)
            if (rows[n].Position != positions[n]!.Value) rows[n].Position = positions[n]!.Value;
        return true;
    }

    /// <summary>
    /// Positions in review order. Kept rows keep theirs where they are still increasing; the others take room in the
    /// gaps between; when a gap is too small every row is renumbered with <see cref="Gap"/> between.
    /// </summary>
    internal static void Number(List<FindingEntity> rows, List<FindingEntity?> kept)
    {
        // The whole document's rows: nothing else to keep clear of but the kept rows' own increasing positions, so the
        // gaps are found as for one project's rows (NumberAmong); where one is too small, renumber everything.
        var taken = new SortedSet<int>();
        var last = 0;
        foreach (var k in kept)
            if (k is not null && k.Position > last) taken.Add(last = k.Position);
        if (NumberAmong(rows, kept, taken)) return;
        for (var n = 0; n < rows.Count; n++) rows[n].Position = (n + 1) * Gap;
    }

    private static string Key(FindingEntity f, int? projectId, int? indicatorId) =>
        string.Join('\u001f', f.RuleId, f.Fingerprint, projectId, indicatorId, f.Severity, f.Message, f.Where, f.Suggestion, f.FixField, f.FixFrom, f.FixTo, f.Basis,
            f.Expected, f.Actual, f.AcceptedReason, f.AcceptedBy, f.AcceptedAt?.ToUnixTimeMilliseconds());
}
