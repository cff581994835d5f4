namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// The outline numbering Chinese official documents use, from the outermost level inwards:
/// 一、 › （一） › 1、 / 1. › （1） › ①. A smaller value is a higher (outer) level.
/// </summary>
internal enum OutlineLevel
{
    None = 0,
    /// <summary>一、 二、 十一、</summary>
    ChineseNumeral = 1,
    /// <summary>（一） (二)</summary>
    ParenChineseNumeral = 2,
    /// <summary>1、 2. 3．</summary>
    Arabic = 3,
    /// <summary>（1） (2)</summary>
    ParenArabic = 4,
    /// <summary>① ②</summary>
    Circled = 5,
}

/// <summary>Recognises the outline number at the start of a line (span checks, no regex: it runs on every line).</summary>
internal static class OutlineNumbering
{
    /// <summary>The level of the number that opens <paramref name="text"/>, and where the text after it begins.</summary>
    public static OutlineLevel Parse(ReadOnlySpan<char> text, out int contentStart)
    {
        contentStart = 0;
        if (text.IsEmpty) return OutlineLevel.None;
        var level = OutlineLevel.None;
        var end = 0;
        var c = text[0];
        if (c is '（' or '(')
        {
            var chinese = CountWhile(text[1..], IsChineseNumeral);
            var digits = chinese == 0 ? CountWhile(text[1..], char.IsAsciiDigit) : 0;
            var close = 1 + chinese + digits;
            if ((chinese is > 0 and <= 3 || digits is > 0 and <= 2) && close < text.Length && text[close] is '）' or ')')
            {
                level = chinese > 0 ? OutlineLevel.ParenChineseNumeral : OutlineLevel.ParenArabic;
                end = close + 1;
            }
        }
        else if (IsChineseNumeral(c))
        {
            var n = CountWhile(text, IsChineseNumeral);
            if (n <= 3 && n < text.Length && text[n] is '、' or '．')
            {
                level = OutlineLevel.ChineseNumeral;
                end = n + 1;
            }
        }
        else if (char.IsAsciiDigit(c))
        {
            var n = CountWhile(text, char.IsAsciiDigit);
            // "2.5万元" and "2024.1" are numbers, not numbering: the mark must not be followed by a digit.
            if (n <= 2 && n < text.Length && text[n] is '、' or '.' or '．'
                && (n + 1 >= text.Length || !char.IsAsciiDigit(text[n + 1])))
            {
                level = OutlineLevel.Arabic;
                end = n + 1;
            }
        }
        else if (c is >= '\u2460' and <= '\u2473')
        {
            level = OutlineLevel.Circled;
            end = 1;
        }
        if (level == OutlineLevel.None) return level;
        while (end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] is '.' or '．'))
            end++;
        contentStart = end;
        return level;
    }

    private static bool IsChineseNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '〇' or '零';

    private static int CountWhile(ReadOnlySpan<char> text, Func<char, bool> predicate)
    {
        var n = 0;
        while (n < text.Length && predicate(text[n])) n++;
        return n;
    }
}
