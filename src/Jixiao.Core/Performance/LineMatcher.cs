namespace Jixiao.Core.Performance;

/// <summary>
/// Pairs filled lines (自评或监控的项目、指标) with the lines of the approved targets, pass by pass: first by key where
/// both sides have one, then by the next identity (项目编码; 二级指标 + 三级指标), then by name. Each target is taken at
/// most once, so a line filled twice leaves its second copy unmatched.
/// </summary>
public static class LineMatcher
{
    /// <summary>
    /// For each filled line, the index of the target it belongs to, or -1. <paramref name="identities"/> are the passes
    /// in order; each gives, for a target and for a filled line, the identity compared in that pass (null: the pass does
    /// not apply to that line).
    /// </summary>
    public static int[] Match<TTarget, TFilled>(IReadOnlyList<TTarget> targets, IReadOnlyList<TFilled> filled,
        params (Func<TTarget, string?> Target, Func<TFilled, string?> Filled)[] identities)
    {
        var result = new int[filled.Count];
        Array.Fill(result, -1);
        var taken = new bool[targets.Count];
        foreach (var (targetId, filledId) in identities)
        {
            var free = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
            for (var t = 0; t < targets.Count; t++)
            {
                if (taken[t] || Clean(targetId(targets[t])) is not { } id) continue;
                if (!free.TryGetValue(id, out var queue)) free[id] = queue = new Queue<int>();
                queue.Enqueue(t);
            }
            for (var f = 0; f < filled.Count; f++)
            {
                if (result[f] >= 0 || Clean(filledId(filled[f])) is not { } id) continue;
                if (free.TryGetValue(id, out var queue) && queue.Count > 0)
                {
                    var t = queue.Dequeue();
                    result[f] = t;
                    taken[t] = true;
                }
            }
        }
        return result;
    }

    /// <summary>Whitespace removed (line breaks inside a cell), empty as null.</summary>
    public static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }
}
