using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Jixiao.Data.Caching;

/// <summary>
/// How long a cached read may be used (<c>Jixiao:Cache:Seconds</c>, 5 by default; 0 turns the caches off). Writes of
/// this process end a cached read at once (<see cref="DataVersion"/>); the time bounds only what this process cannot
/// see: a write by another server on the same PostgreSQL database, or by hand in the database.
/// </summary>
public sealed record ReadCacheSettings(TimeSpan Lifetime)
{
    public const int DefaultSeconds = 5;

    public static ReadCacheSettings Off { get; } = new(TimeSpan.Zero);

    public bool Enabled => Lifetime > TimeSpan.Zero;

    public static ReadCacheSettings From(IConfiguration config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var text = config["Jixiao:Cache:Seconds"];
        if (string.IsNullOrWhiteSpace(text)) return new ReadCacheSettings(TimeSpan.FromSeconds(DefaultSeconds));
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return new ReadCacheSettings(TimeSpan.FromSeconds(seconds));
        throw new JixiaoException($"配置项 Jixiao:Cache:Seconds 的值“{text}”无效：应为 0 或正整数（读缓存的最长秒数，0 为不缓存；默认 {DefaultSeconds}）。");
    }
}
