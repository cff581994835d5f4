using System.Text.RegularExpressions;
using Jixiao.Documents.Layouts.Common;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// What a line of a disclosure is, for joining prose: a table row, a 目录 entry (dot or ellipsis leaders, with or
/// without a page number), page furniture (a page number), a heading, or a line that starts a new paragraph
/// (numbered 一、 （二） 3. …). Everything here looks at the line's own words, never at a province's titles.
/// </summary>
internal static partial class ProseLines
{
    /// <summary>The line without Markdown heading marks and PDF/Markdown emphasis, trimmed.</summary>
    public static string Clean(string text)
    {
        var t = text.Replace("<b>", "", StringComparison.Ordinal).Replace("</b>", "", StringComparison.Ordinal)
            .Replace("**", "", StringComparison.Ordinal).Trim();
        return t.TrimStart('#').Trim();
    }

    public static bool IsMarkdownHeading(string text) => text.TrimStart().StartsWith('#');

    /// <summary>A table row: two or more tab-separated cells.</summary>
    public static bool IsTableRow(string text) => text.Contains('\t') && TableRowCells.FilledCount(TableRowCells.Split(text)) >= 2;

    /// <summary>A 目录 entry: leaders (…… or .....) at the end, optionally followed by a page number.</summary>
    public static bool IsContentsEntry(string text) => TableOfContentsLine.Is(text) || TrailingLeaders().IsMatch(text);

    /// <summary>A page number alone (3, - 3 -, 第3页, 第 3 页 共 20 页).</summary>
    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text);

    /// <summary>Numbering that opens a paragraph: 一、 （二） (3) 4. 5、 第六部分.</summary>
    public static bool StartsNumbered(string clean) => Numbering().IsMatch(clean);

    /// <summary>
    /// A heading: a Markdown heading, or a short line (≤ 40 characters) without sentence punctuation inside
    /// (a heading may end with ： or 。 as in “（一）部门职责：”).
    /// </summary>
    public static bool IsHeading(string raw, string clean)
    {
        if (IsMarkdownHeading(raw)) return true;
        if (clean.Length is 0 or > 40) return false;
        var body = clean.TrimEnd('：', ':', '。');
        return body.IndexOfAny(SentencePunctuation) < 0 && !HasAmount().IsMatch(body);
    }

    private static readonly char[] SentencePunctuation = ['，', '。', '；', ',', ';', '！', '？'];

    /// <summary>Ends a sentence: 。！？ or a colon introducing what follows.</summary>
    public static bool EndsSentence(char c) => c is '。' or '！' or '？' or '：' or ':' or '!' or '?';

    [GeneratedRegex(@"(\.{3,}|…{2,}|·{3,})\s*\d{0,4}\s*$")]
    private static partial Regex TrailingLeaders();

    [GeneratedRegex(@"^\s*(第\s*\d+\s*页(\s*共\s*\d+\s*页)?|[-—–]?\s*\d{1,4}\s*[-—–]?)\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[、.．](?!\d)|第[一二三四五六七八九十]+部分)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"\d(万元|元|%|％)")]
    private static partial Regex HasAmount();
}
