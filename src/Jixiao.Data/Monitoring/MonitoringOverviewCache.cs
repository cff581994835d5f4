using Jixiao.Data.Caching;
using Jixiao.Data.Security;

namespace Jixiao.Data.Monitoring;

/// <summary>
/// The monitoring overview, kept until the next write of this process (<see cref="DataVersion"/>, docs/caching.md) and for
/// at most <c>Jixiao:Cache:Seconds</c> (issue 18 must-hold 10: p95 ≤ 50 ms under 20 clients at 100 × 30). The overview
/// sums thousands of items and a year of plans; it changes only when someone writes, while the finance bureau reads it
/// again and again. Keyed by everything that decides the answer: the asker's role and scope (what the visibility
/// filters use), the period, the department filter, the page of red items, and the day (the days left before the
/// 报送截止日期). Concurrent misses of one key compute once: under 20 clients, twenty overviews computed side by side
/// each time the entry expires would be the slow requests themselves.
/// </summary>
public sealed class MonitoringOverviewCache(DataVersion version, ReadCacheSettings settings, TimeProvider clock)
{
    private readonly VersionedCache<OverviewKey, MonitoringOverview> _entries = new(version, settings, clock, 1_000);
    private readonly SemaphoreSlim _computing = new(1, 1);

    internal readonly record struct OverviewKey(Role Role, int Jurisdiction, int? Department, int? Unit, int PeriodId, int? DepartmentFilter,
        int Page, int PageSize, DateOnly Today);

    internal static OverviewKey KeyOf(Actor actor, int periodId, int? departmentId, PageRequest page, DateOnly today) =>
        new(actor.Role, actor.JurisdictionId, actor.DepartmentId, actor.BudgetUnitId, periodId, departmentId, page.Page, page.PageSize, today);

    /// <summary>The cached overview, or <paramref name="compute"/>'s, kept under the version taken before it ran.</summary>
    internal async Task<MonitoringOverview> GetOrComputeAsync(OverviewKey key, Func<Task<MonitoringOverview>> compute, CancellationToken ct)
    {
        if (_entries.TryGet(key, out var cached)) return cached;
        await _computing.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_entries.TryGet(key, out cached)) return cached;
            var readAt = _entries.Version;
            var overview = await compute().ConfigureAwait(false);
            _entries.Set(key, overview, readAt);
            return overview;
        }
        finally
        {
            _computing.Release();
        }
    }
}
