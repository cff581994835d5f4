using System.Collections.Concurrent;
using Jixiao.Data.Security;

namespace Jixiao.Data.Limits;

/// <summary>
/// Counts the imports (preview or commit) each user has running and refuses one more than
/// <see cref="InputLimits.MaxConcurrentImportsPerUser"/> at once, before the file is read: reading is the expensive
/// part, so one user cannot occupy every core by uploading in parallel. One instance per process (a singleton).
/// </summary>
public sealed class ImportGate(InputLimits limits)
{
    private readonly ConcurrentDictionary<string, int> _running = new(StringComparer.Ordinal);
    private readonly int _max = (limits ?? throw new ArgumentNullException(nameof(limits))).MaxConcurrentImportsPerUser;

    /// <summary>Takes a place for the actor's import; dispose the result when the import ends, however it ends.</summary>
    public IDisposable Enter(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var key = actor.UserName;
        while (true)
        {
            var current = _running.GetOrAdd(key, 0);
            if (current >= _max)
                throw new LimitExceededException(
                    $"您（{actor.DisplayName}）已有 {current} 个导入正在进行，达到每个用户同时 {_max} 个导入的上限，本次导入未开始。" +
                    "请等前面的导入完成后再试。", tryLater: true);
            if (_running.TryUpdate(key, current + 1, current)) return new Place(this, key);
        }
    }

    /// <summary>The imports running now for a user name (for tests and diagnostics).</summary>
    public int Running(string userName) => _running.TryGetValue(userName, out var n) ? n : 0;

    private void Leave(string key)
    {
        while (true)
        {
            var current = _running[key];
            if (_running.TryUpdate(key, current - 1, current)) return;
        }
    }

    private sealed class Place(ImportGate gate, string key) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0) gate.Leave(key);
        }
    }
}
