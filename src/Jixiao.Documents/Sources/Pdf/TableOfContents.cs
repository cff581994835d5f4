using System.Text;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// 目录 entries as the readers know them. A printed entry is a title, leader dots and a page number; producers draw
/// the leaders as spaced dots (<c>一、总体绩效目标 . . . . . 3</c>) or a run of dots, so the leaders are rewritten without
/// the spaces and a tab is put before the page number (<c>一、总体绩效目标.....⇥3</c>, the shape of seeds 002/004).
/// An entry printed without a page number (a Word 目录 field the producer did not update) repeats a heading of the
/// body word for word; such entries, found between a 目录 heading and the first line that is no repeated heading,
/// are left out, as the Word reader leaves out the 目录 field, so a reader never takes the 目录 for the section.
/// </summary>
internal static class TableOfContents
{
    private static bool IsLeader(char c) => c is '.' or '·' or '…' or '．' or '‥' or '⋯';

    /// <summary>Title, at least three leader characters (spaces between allowed), then a page number of 1–4 digits.</summary>
    public static bool EndsWithPageNumber(string text) => Split(text, out _, out _, out _);

    /// <summary>The entry in the readers' shape; other lines unchanged.</summary>
    public static string Normalize(string text)
    {
        if (text.Contains('\t') || !Split(text, out var title, out var leaders, out var number)) return text;
        return string.Concat(title, leaders, "\t", number);
    }

    private static bool Split(string text, out string title, out string leaders, out string number)
    {
        title = leaders = number = "";
        var s = text.AsSpan().TrimEnd();
        var end = s.Length;
        var i = end;
        while (i > 0 && char.IsAsciiDigit(s[i - 1])) i--;
        if (end - i is 0 or > 4) return false;
        number = s[i..end].ToString();
        var sb = new StringBuilder();
        var j = i;
        while (j > 0 && (IsLeader(s[j - 1]) || s[j - 1] == ' ' || s[j - 1] == '\u3000'))
        {
            j--;
            if (IsLeader(s[j])) sb.Insert(0, s[j]);
        }
        if (sb.Length < 3 || j == 0) return false;
        title = s[..j].TrimEnd().ToString();
        leaders = sb.ToString();
        return title.Length > 0;
    }

    /// <summary>Removes the unnumbered entries that follow a 目录 heading (see the class summary).</summary>
    public static void DropUnnumberedEntries(List<string> texts, List<SourceLocation?> locations)
    {
        var keys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            if (texts[i].Contains('\t')) continue;
            var key = Key(texts[i]);
            if (key.Length == 0) continue;
            if (!keys.TryGetValue(key, out var list)) keys[key] = list = [];
            list.Add(i);
        }
        var drop = new bool[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            if (Key(texts[i]) is not ("目录" or "目次")) continue;
            var k = i + 1;
            while (k < texts.Count)
            {
                if (EndsWithPageNumber(texts[k])) { k++; continue; }
                // An entry may wrap over up to three printed lines.
                var matched = 0;
                var joined = "";
                for (var n = 0; n < 3 && k + n < texts.Count && !texts[k + n].Contains('\t'); n++)
                {
                    joined += Key(texts[k + n]);
                    if (keys.TryGetValue(joined, out var at) && at.Exists(a => a > k + n)) { matched = n + 1; break; }
                }
                if (matched == 0) break;
                for (var n = 0; n < matched; n++) drop[k + n] = true;
                k += matched;
            }
        }
        for (var i = texts.Count - 1; i >= 0; i--)
        {
            if (!drop[i]) continue;
            texts.RemoveAt(i);
            locations.RemoveAt(i);
        }
    }

    private static string Key(string text) => TextNormalizer.RemoveWhitespace(text);
}
