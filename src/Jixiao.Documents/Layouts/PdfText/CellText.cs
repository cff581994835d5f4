namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>
/// Cleans the text of one table cell converted from PDF, and joins a cell with its continuation on a later line.
/// <para>
/// The wrap rule (one rule, applied to every cell and every join): PDF extraction turns a line break inside a
/// cell into a space (<c>法律援助咨 询数</c>, <c>预算规模及 资金用途</c>). A whitespace run whose neighbours on
/// both sides are Chinese characters or Chinese punctuation is such a wrap and is removed; any other whitespace
/// is real and kept as printed (<c>12348 法律服务热线</c>, <c>≥7000 次</c>, <c>≤0.5 百分率</c> keeps the space
/// after the number, <c>百分 率</c> loses the one inside the word). A cell continued on the next line is joined
/// the same way: without a space between two Chinese characters, with one space otherwise.
/// </para>
/// </summary>
internal static class CellText
{
    /// <summary>Markup tags (&lt;b&gt;, &lt;/p&gt;, &lt;br/&gt;) and ** are removed; the wrap rule is applied; edges trimmed.</summary>
    public static string Clean(ReadOnlySpan<char> raw)
    {
        raw = raw.Trim();
        if (raw.IsEmpty) return "";
        if (!NeedsWork(raw)) return raw.ToString();
        var buffer = raw.Length <= 512 ? stackalloc char[raw.Length] : new char[raw.Length];
        var stripped = buffer[..StripMarkup(raw, buffer)];
        return RemoveWraps(stripped);
    }

    /// <summary>Joins a cell with its continuation from a later line by the wrap rule.</summary>
    public static string Join(string? head, string tail)
    {
        if (string.IsNullOrEmpty(head)) return tail;
        if (tail.Length == 0) return head;
        return IsChinese(head[^1]) && IsChinese(tail[0]) ? string.Concat(head, tail) : string.Concat(head, " ", tail);
    }

    /// <summary>Chinese ideographs and the punctuation written between them (，。、；：（）“”《》…).</summary>
    public static bool IsChinese(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FFF' => true,           // CJK unified ideographs
        >= '\u3400' and <= '\u4DBF' => true,           // extension A
        >= '\uF900' and <= '\uFAFF' => true,           // compatibility ideographs
        >= '\u3001' and <= '\u303F' => true,           // 、。〃〈〉《》「」【】〔〕 …
        >= '\uFF01' and <= '\uFF0F' => true,           // ！＂＃＄％＆＇（）＊＋，－．／
        >= '\uFF1A' and <= '\uFF20' => true,           // ：；＜＝＞？＠
        >= '\uFF3B' and <= '\uFF40' => true,           // ［＼］＾＿｀
        >= '\uFF5B' and <= '\uFF65' => true,           // ｛｜｝～ …
        '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u2014' => true, // ‘’“”…—
        _ => false,
    };

    /// <summary>True when <paramref name="cell"/> reads <paramref name="label"/>, ignoring whitespace inside it.</summary>
    public static bool Is(string cell, string label) => Compare(cell, label, prefix: false);

    /// <summary>True when <paramref name="cell"/> begins with <paramref name="label"/>, ignoring whitespace inside it.</summary>
    public static bool StartsWith(string cell, string label) => Compare(cell, label, prefix: true);

    private static bool Compare(string cell, string label, bool prefix)
    {
        var j = 0;
        foreach (var c in cell)
        {
            if (char.IsWhiteSpace(c)) continue;
            if (j == label.Length) return prefix;
            if (c != label[j]) return false;
            j++;
        }
        return j == label.Length;
    }

    private static bool NeedsWork(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (c is '<' or '*' || char.IsWhiteSpace(c)) return true;
        return false;
    }

    /// <summary>Copies <paramref name="s"/> without markup tags and ** into <paramref name="into"/>; returns the length.</summary>
    private static int StripMarkup(ReadOnlySpan<char> s, Span<char> into)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '*' && i + 1 < s.Length && s[i + 1] == '*') { i++; continue; }
            if (c == '<')
            {
                var end = TagEnd(s, i);
                if (end > 0) { i = end; continue; }
            }
            into[n++] = c;
        }
        return n;
    }

    /// <summary>Index of the closing &gt; of a tag such as &lt;b&gt;, &lt;/p&gt;, &lt;br/&gt; starting at <paramref name="start"/>; -1 if none.</summary>
    private static int TagEnd(ReadOnlySpan<char> s, int start)
    {
        var i = start + 1;
        if (i < s.Length && s[i] == '/') i++;
        var nameStart = i;
        while (i < s.Length && char.IsAsciiLetterOrDigit(s[i])) i++;
        if (i == nameStart || !char.IsAsciiLetter(s[nameStart])) return -1;
        if (i < s.Length && s[i] == '/') i++;
        return i < s.Length && s[i] == '>' ? i : -1;
    }

    private static string RemoveWraps(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (s.IsEmpty) return "";
        var output = s.Length <= 512 ? stackalloc char[s.Length] : new char[s.Length];
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!char.IsWhiteSpace(s[i])) { output[n++] = s[i]; continue; }
            var runEnd = i;
            while (runEnd < s.Length && char.IsWhiteSpace(s[runEnd])) runEnd++;
            // Trimmed, so a run always has a character on each side.
            var isWrap = IsChinese(s[i - 1]) && IsChinese(s[runEnd]);
            if (!isWrap)
                for (var k = i; k < runEnd; k++) output[n++] = s[k];
            i = runEnd - 1;
        }
        return new string(output[..n]);
    }
}
