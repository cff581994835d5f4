namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// The numbering a new item starts with: <c>1.</c> <c>2、</c> <c>3．</c> <c>（一）</c> <c>(1)</c> <c>一、</c>. A printed
/// line that starts with one begins a new paragraph, never continues the line above (<c>2.5万元</c> is a number, not
/// a marker: the character after the dot is a digit).
/// </summary>
internal static class ListMarker
{
    public static bool StartsWith(string text)
    {
        var s = text.AsSpan().TrimStart();
        if (s.Length < 2) return false;
        if (s[0] is '（' or '(')
        {
            var close = s.IndexOfAny('）', ')');
            return close is > 1 and <= 4 && IsNumeral(s[1..close]);
        }
        var i = 0;
        while (i < s.Length && i < 3 && (char.IsAsciiDigit(s[i]) || IsChineseNumeral(s[i]))) i++;
        if (i == 0 || i >= s.Length) return false;
        if (s[i] is not ('.' or '、' or '．')) return false;
        // "2.5" is a number; Chinese numerals take 、 only (一、), digits take . 、 ．
        if (i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])) return false;
        return !IsChineseNumeral(s[0]) || s[i] == '、';
    }

    /// <summary>The number of the item <paramref name="text"/> starts with (<c>2.</c> → 2, <c>（三）</c> → 3), or null.</summary>
    public static int? Number(string text)
    {
        if (!StartsWith(text)) return null;
        var s = text.AsSpan().TrimStart();
        if (s[0] is '（' or '(') s = s[1..];
        var end = 0;
        while (end < s.Length && (char.IsAsciiDigit(s[end]) || IsChineseNumeral(s[end]))) end++;
        var numeral = s[..end];
        if (char.IsAsciiDigit(numeral[0])) return int.TryParse(numeral, out var n) ? n : null;
        // 一 … 十, 十一 … 十九, 二十 …: the numbering of items rarely goes further.
        var tens = numeral.IndexOf('十');
        if (tens < 0) return numeral.Length == 1 ? ChineseDigit(numeral[0]) : null;
        var high = tens == 0 ? 1 : ChineseDigit(numeral[0]);
        var low = tens + 1 < numeral.Length ? ChineseDigit(numeral[tens + 1]) : 0;
        return high * 10 + low;
    }

    /// <summary>
    /// The number of the last item a cell's text holds: items after the first are joined to it by a space
    /// (<c>1.应援优援 2.法律援助机构…</c>, as <see cref="PageReader"/> joins a cell's paragraphs), or null.
    /// </summary>
    public static int? LastNumber(string text)
    {
        int? last = Number(text);
        for (var i = text.IndexOf(' '); i >= 0; i = text.IndexOf(' ', i + 1))
            if (Number(text[(i + 1)..]) is { } n) last = n;
        return last;
    }

    private static int ChineseDigit(char c) => "一二三四五六七八九".IndexOf(c) + 1;

    private static bool IsNumeral(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c) && !IsChineseNumeral(c)) return false;
        return true;
    }

    private static bool IsChineseNumeral(char c) => "一二三四五六七八九十".Contains(c);
}
