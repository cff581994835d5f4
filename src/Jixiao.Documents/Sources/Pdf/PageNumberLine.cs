namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// A page number printed in the top or bottom margin ("3", "- 3 -", "—3—", "第 3 页", "第3页 共57页", "3/57").
/// It is dropped, because it is no content and would split a paragraph or a table that runs over the page break.
/// Other repeated headers (the unit line, 单位：万元) stay: the layout readers know them.
/// </summary>
internal static class PageNumberLine
{
    public static bool Is(string text)
    {
        var hasDigit = false;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) { hasDigit = true; continue; }
            if (c is '-' or '—' or '–' or '第' or '页' or '共' or '/' or '－' || char.IsWhiteSpace(c)) continue;
            return false;
        }
        return hasDigit && text.Length <= 16;
    }
}
