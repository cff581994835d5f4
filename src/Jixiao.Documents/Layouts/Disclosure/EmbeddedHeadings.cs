using System.Text.RegularExpressions;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// Headings that extraction ran into the end of a paragraph (…援滇干部工作经费3.00万元。五、国有资产占有使用情况): after a
/// full stop, a 一、-style number and a short phrase with no punctuation up to the paragraph's end.
/// </summary>
internal static partial class EmbeddedHeadings
{
    /// <summary>The heading the paragraph ends with, or null.</summary>
    public static string? AtEnd(string paragraph)
    {
        var m = Heading().Match(paragraph);
        return m.Success ? m.Groups["h"].Value : null;
    }

    [GeneratedRegex(@"[。；](?<h>[一二三四五六七八九十]+、[^，。；：:,、]{2,24})$")]
    private static partial Regex Heading();
}
