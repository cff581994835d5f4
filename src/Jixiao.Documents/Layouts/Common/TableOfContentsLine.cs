namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// A 目录 entry: a title, dot leaders and a page number (<c>一、总体绩效目标.....	1</c>). Readers skip these so a
/// table of contents is never taken for the section or table it lists.
/// </summary>
internal static class TableOfContentsLine
{
    public static bool Is(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd();
        var digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[t.Length - 1 - digits])) digits++;
        if (digits is 0 or > 4) return false;
        t = t[..^digits].TrimEnd();
        var leaders = 0;
        while (leaders < t.Length && t[t.Length - 1 - leaders] is '.' or '…' or '·' or '．' or '-' or '—')
            leaders++;
        return leaders >= 3 || (leaders > 0 && t[^leaders..].Contains('…'));
    }
}
