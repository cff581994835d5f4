namespace Jixiao.Data.Caching;

/// <summary>
/// 数据版本: a number this process raises after every write to the database (<see cref="WriteTracker"/>). A cached
/// read remembers the number it was read under and is used only while the number is unchanged, so nothing written
/// here is ever answered from before the write. One per process (a singleton of the container).
/// </summary>
public sealed class DataVersion
{
    private long _current;

    /// <summary>The number now; read it before the query whose answer is cached.</summary>
    public long Current => Interlocked.Read(ref _current);

    /// <summary>After a write is visible to other connections: every answer cached before it is stale.</summary>
    public void Bump() => Interlocked.Increment(ref _current);
}
