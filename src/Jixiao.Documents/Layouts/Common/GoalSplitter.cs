using System.Text.RegularExpressions;

namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// Splits a 绩效目标 cell into its numbered items and removes the numbering. Documents number goals as
/// "1." "2、" "（1）" "目标1：", or by a bare "." before each item, or not at all (one goal).
/// A number is only taken as numbering when the sequence runs 1, 2, 3 …, so "12348热线" or "2023年" inside
/// a sentence never splits it. Numbers followed by punctuation ("1." "2、") are tried first; a number followed only
/// by a space counts as numbering only when the text has no punctuated sequence, so "考试 2 次" inside a goal
/// numbered "1." "2." is not an item boundary.
/// </summary>
public static partial class GoalSplitter
{
    [GeneratedRegex(@"(?:(?<=^)|(?<=[\s。；;，,]))(?:目标)?(?<n>\d{1,2})\s*(?:[\.．、:：]|\s)(?!\d)")]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"(?:(?<=^)|(?<=[\s。；;，,]))(?:目标)?(?<n>\d{1,2})\s*[\.．、:：](?!\d)")]
    private static partial Regex PunctuatedNumberMarker();

    [GeneratedRegex(@"(?:(?<=^)|(?<=[\s。；;]))[（(](?<n>\d{1,2})[）)]")]
    private static partial Regex ParenMarker();

    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var t = text.Trim();
        var items = SplitSequential(t, PunctuatedNumberMarker()) ?? SplitSequential(t, NumberMarker()) ?? SplitSequential(t, ParenMarker());
        if (items is null && t.StartsWith('.'))
            items = t.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        items ??= [t];
        return items.Where(i => i.Length > 0).ToList();
    }

    private static List<string>? SplitSequential(string text, Regex marker)
    {
        var starts = new List<(int Index, int ContentStart)>();
        var expected = 1;
        foreach (Match m in marker.Matches(text))
        {
            if (int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) != expected) continue;
            if (expected == 1 && text[..m.Index].Trim().Length > 0) return null; // numbering must open the cell
            starts.Add((m.Index, m.Index + m.Length));
            expected++;
        }
        if (starts.Count == 0) return null;
        var list = new List<string>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].Index : text.Length;
            list.Add(text[starts[i].ContentStart..end].Trim());
        }
        return list;
    }
}
