using System.Text;

namespace Jixiao.Documents.Publishing.Html;

/// <summary>
/// Escapes text for HTML that is also well-formed XML: <c>&amp; &lt; &gt; "</c> become references, so a value such as
/// <c>&lt;script&gt;</c> is shown, never run. Characters XML 1.0 cannot carry at all (control characters other than
/// tab and line break) are removed as every publisher removes them (<see cref="PublishedText"/>), because a file with
/// them could not be read back.
/// </summary>
internal static class HtmlText
{
    public static void Append(StringBuilder html, string text)
    {
        foreach (var c in PublishedText.Clean(text))
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\r': break;
                default:
                    html.Append(c);
                    break;
            }
        }
    }

    /// <summary>Appends paragraphs separated by <c>&lt;br/&gt;</c> (a cell's or paragraph's own line breaks).</summary>
    public static void AppendLines(StringBuilder html, IEnumerable<string> lines)
    {
        var first = true;
        foreach (var line in lines)
            foreach (var part in line.Split('\n'))
            {
                if (!first) html.Append("<br/>");
                Append(html, part);
                first = false;
            }
    }
}
