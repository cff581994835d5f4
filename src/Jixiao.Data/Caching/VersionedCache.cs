using System.Collections.Concurrent;

namespace Jixiao.Data.Caching;

/// <summary>
/// Answers kept under the <see cref="DataVersion"/> they were read at: an entry is used only while no write has
/// happened since and for at most <see cref="ReadCacheSettings.Lifetime"/>. Bounded: past
/// <paramref name="capacity"/> entries it starts empty again, so no flood of distinct keys grows it without end.
/// </summary>
public sealed class VersionedCache<TKey, TValue>(DataVersion version, ReadCacheSettings settings, TimeProvider clock, int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    private sealed record Entry(TValue Value, long Version, DateTimeOffset Until);

    /// <summary>The version to read under: take it before the query, and hand it to <see cref="Set"/> with the answer.</summary>
    public long Version => version.Current;

    public bool TryGet(TKey key, out TValue value)
    {
        if (settings.Enabled && _entries.TryGetValue(key, out var entry) && entry.Version == version.Current && clock.GetUtcNow() < entry.Until)
        {
            value = entry.Value;
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>Keeps <paramref name="value"/>, read under <paramref name="readAt"/>, until <paramref name="until"/> at the latest.</summary>
    public void Set(TKey key, TValue value, long readAt, DateTimeOffset? until = null)
    {
        if (!settings.Enabled || readAt != version.Current) return; // written meanwhile: it may already be stale
        var end = clock.GetUtcNow() + settings.Lifetime;
        if (until is { } earlier && earlier < end) end = earlier;
        if (_entries.Count >= capacity) _entries.Clear();
        _entries[key] = new Entry(value, readAt, end);
    }
}
