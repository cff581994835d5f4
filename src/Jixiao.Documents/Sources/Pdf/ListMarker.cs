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

    private static bool IsNumeral(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (!char.IsAsciiDigit(c) && !IsChineseNumeral(c)) return false;
        return true;
    }

    private static bool IsChineseNumeral(char c) => "一二三四五六七八九十".Contains(c);
}
