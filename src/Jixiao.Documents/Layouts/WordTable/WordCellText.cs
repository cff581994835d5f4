namespace Jixiao.Documents.Layouts.WordTable;

/// <summary>Cleans the text of one cell or paragraph line of a Word export.</summary>
internal static class WordCellText
{
    private const string BookmarkOpen = "[bookmark:";

    /// <summary>
    /// Trims the text and removes the Word bookmark anchors the export leaves in it
    /// (<c>[bookmark: _Toc_4_4_0000000004]</c>, <c>[bookmark: _GoBack]</c>): they mark a cursor or a
    /// table-of-contents target, never content.
    /// </summary>
    public static string Clean(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        if (t.IndexOf(BookmarkOpen.AsSpan(), StringComparison.Ordinal) < 0) return t.ToString();
        var sb = new System.Text.StringBuilder(t.Length);
        while (true)
        {
            var open = t.IndexOf(BookmarkOpen.AsSpan(), StringComparison.Ordinal);
            if (open < 0) { sb.Append(t); break; }
            var close = t[open..].IndexOf(']');
            if (close < 0) { sb.Append(t); break; }
            sb.Append(t[..open]);
            t = t[(open + close + 1)..];
        }
        return sb.ToString().Trim();
    }

    /// <summary>True when the line holds only whitespace (ASCII, full-width, no-break).</summary>
    public static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) return false;
        return true;
    }

    /// <summary>
    /// The index of the tab that opens a cell line: the first tab when only spaces precede it
    /// (the export sometimes writes " \t315002…"); -1 for a paragraph line.
    /// </summary>
    public static int CellTab(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\t') return i;
            if (!char.IsWhiteSpace(c)) return -1;
        }
        return -1;
    }
}
