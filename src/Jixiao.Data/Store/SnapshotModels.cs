using Jixiao.Core.Model;
using Jixiao.Documents.Exchange;

namespace Jixiao.Data;

/// <summary>
/// 文档快照的解析结果缓存。A version's snapshot is the document's whole <c>jixiao.document/1</c> JSON; parsing it (every
/// indicator's value parsed again) was the largest single cost of saving one indicator of a 1,200-indicator document
/// (issue 17, bench/Jixiao.EditBench). The model is immutable, so the one parsed — or the one a save has just written —
/// serves the next read of the same JSON.
/// <para>
/// The cache is keyed by document and checked by the JSON's content (ordinal string equality, a memory compare), never
/// by a row version: whatever wrote the snapshot (another instance, an import, a migration), a model is only reused
/// for exactly the text it was read from or written as, so it cannot be stale.
/// </para>
/// </summary>
internal static class SnapshotModels
{
    /// <summary>Documents kept; the least recently used goes first. Enough for the documents being edited at one time.</summary>
    private const int Capacity = 32;

    private static readonly Lock Gate = new();
    private static readonly LinkedList<Entry> Order = [];
    private static readonly Dictionary<int, LinkedListNode<Entry>> ByDocument = [];

    private sealed record Entry(int DocumentId, string Json, TargetDocument Model);

    /// <summary>The model of <paramref name="json"/>, from the cache when the document's last model was this very text.</summary>
    public static TargetDocument Read(int documentId, string json)
    {
        if (TryGet(documentId, json, out var cached)) return cached;
        var model = DocumentJsonReader.Read(json);
        Remember(documentId, json, model);
        return model;
    }

    /// <summary>The cached model of exactly <paramref name="json"/>, if the document's last one is that text.</summary>
    internal static bool TryGet(int documentId, string json, out TargetDocument model)
    {
        lock (Gate)
        {
            if (ByDocument.TryGetValue(documentId, out var node) && string.Equals(node.Value.Json, json, StringComparison.Ordinal))
            {
                Order.Remove(node);
                Order.AddFirst(node);
                model = node.Value.Model;
                return true;
            }
        }
        model = null!;
        return false;
    }

    /// <summary>
    /// After a save that changed only some projects or the department-wide part (a scoped save), records the model of
    /// the JSON it wrote without parsing it: <paramref name="before"/> (itself read from the previous snapshot) with the
    /// changed parts replaced by what reading them back gives (<see cref="DocumentJsonReader.AsRead(Project)"/>). What an
    /// operation left alone is the very same instance as in <paramref name="before"/> and writes the same JSON, so
    /// the result is what <see cref="DocumentJsonReader.Read(string)"/> of <paramref name="json"/> would give.
    /// </summary>
    public static void RememberWritten(int documentId, string json, TargetDocument before, TargetDocument after)
    {
        if (before.Projects.Count != after.Projects.Count) return;
        var projects = new Project[after.Projects.Count];
        for (var i = 0; i < projects.Length; i++)
            projects[i] = ReferenceEquals(before.Projects[i], after.Projects[i]) ? before.Projects[i] : DocumentJsonReader.AsRead(after.Projects[i]);
        var overall = ReferenceEquals(before.Overall, after.Overall) ? before.Overall : DocumentJsonReader.AsRead(after.Overall);
        Remember(documentId, json, before with { Projects = projects, Overall = overall });
    }

    /// <summary>
    /// Records <paramref name="model"/> as the model of <paramref name="json"/>: it must be exactly what reading the
    /// JSON gives.
    /// </summary>
    private static void Remember(int documentId, string json, TargetDocument model)
    {
        lock (Gate)
        {
            if (ByDocument.Remove(documentId, out var old)) Order.Remove(old);
            ByDocument[documentId] = Order.AddFirst(new Entry(documentId, json, model));
            while (Order.Count > Capacity)
            {
                ByDocument.Remove(Order.Last!.Value.DocumentId);
                Order.RemoveLast();
            }
        }
    }
}
