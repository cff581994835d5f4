using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Primitives;

namespace Jixiao.Data.Tests.Support;

/// <summary>A configuration from "A:B" keys, enough for AddJixiaoData (the test project has no configuration providers).</summary>
public sealed class DictionaryConfiguration(IReadOnlyDictionary<string, string?> values, string prefix = "") : IConfigurationSection
{
    public string? this[string key]
    {
        get => values.TryGetValue(Combine(key), out var v) ? v : null;
        set => throw new NotSupportedException();
    }

    public string Key => prefix.Split(':').Last();
    public string Path => prefix;
    public string? Value
    {
        get => values.TryGetValue(prefix, out var v) ? v : null;
        set => throw new NotSupportedException();
    }

    public IConfigurationSection GetSection(string key) => new DictionaryConfiguration(values, Combine(key));

    public IEnumerable<IConfigurationSection> GetChildren() =>
        values.Keys.Where(k => prefix.Length == 0 || k.StartsWith(prefix + ":", StringComparison.OrdinalIgnoreCase))
            .Select(k => k[(prefix.Length == 0 ? 0 : prefix.Length + 1)..].Split(':')[0]).Distinct()
            .Select(GetSection);

    public IChangeToken GetReloadToken() => NullChangeToken.Singleton;

    private string Combine(string key) => prefix.Length == 0 ? key : prefix + ":" + key;

    private sealed class NullChangeToken : IChangeToken
    {
        public static readonly NullChangeToken Singleton = new();
        public bool HasChanged => false;
        public bool ActiveChangeCallbacks => false;
        public IDisposable RegisterChangeCallback(Action<object?> callback, object? state) => new Nothing();
        private sealed class Nothing : IDisposable { public void Dispose() { } }
    }
}
