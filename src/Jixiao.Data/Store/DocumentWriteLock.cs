namespace Jixiao.Data;

/// <summary>
/// One writer at a time per document within this process. Saves of different indicators of one document all rewrite
/// the document's snapshot; run side by side they collided on the document's row version and, after a few retries,
/// one of them was refused with a false “modified by someone else” (issue 19: 1–3 in 20 parallel saves). Waiting here
/// costs the time of one save; on PostgreSQL a row lock on the document does the same across instances.
/// </summary>
internal static class DocumentWriteLock
{
    private static readonly Dictionary<int, Entry> Entries = [];

    public static async Task<IDisposable> EnterAsync(int documentId, CancellationToken ct)
    {
        Entry entry;
        lock (Entries)
        {
            if (!Entries.TryGetValue(documentId, out entry!)) Entries[documentId] = entry = new Entry();
            entry.Users++;
        }
        try
        {
            await entry.Gate.WaitAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            Release(documentId, entry, held: false);
            throw;
        }
        return new Held(documentId, entry);
    }

    private static void Release(int documentId, Entry entry, bool held)
    {
        if (held) entry.Gate.Release();
        lock (Entries)
        {
            // The last user removes the entry, so the table holds only documents being written now.
            if (--entry.Users == 0) Entries.Remove(documentId);
        }
    }

    private sealed class Entry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public int Users;
    }

    private sealed class Held(int documentId, Entry entry) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) Release(documentId, entry, held: true);
        }
    }
}
