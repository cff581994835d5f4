using System.Text;
using System.Xml.Linq;

namespace Jixiao.Documents.Sources.Html;

/// <summary>
/// The text of an element as a reader sees it: <c>&lt;br/&gt;</c> and nested paragraphs are line breaks; whitespace is
/// kept as written except where it contains a line break (source indentation, which a browser collapses) — such a
/// run becomes one space — and at the start and end of each line, where it is trimmed. Tabs become spaces, because a
/// tab separates table cells in the extracted lines.
/// </summary>
internal static class InlineText
{
    public static readonly HashSet<string> InlineElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "ins", "del", "br",
    };

    public static string Of(XElement element)
    {
        var text = new StringBuilder();
        AppendChildren(text, element);
        return Normalize(text.ToString());
    }

    public static void Append(StringBuilder text, XElement element)
    {
        var name = element.Name.LocalName;
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase)) { text.Append('\n'); return; }
        if (name is "script" or "style") return;
        var block = !InlineElements.Contains(name);
        if (block && text.Length > 0) text.Append('\n');
        AppendChildren(text, element);
        if (block) text.Append('\n');
    }

    private static void AppendChildren(StringBuilder text, XElement element)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText t) AppendMarkupText(text, t.Value);
            else if (node is XElement e) Append(text, e);
        }
    }

    /// <summary>A whitespace run holding a line break is source formatting: one space, as a browser shows it.</summary>
    public static void AppendLoose(StringBuilder text, string value) => AppendMarkupText(text, value);

    private static void AppendMarkupText(StringBuilder text, string value)
    {
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] is ' ' or '\t' or '\r' or '\n')
            {
                var start = i;
                var hasBreak = false;
                while (i < value.Length && value[i] is ' ' or '\t' or '\r' or '\n') { hasBreak |= value[i] is '\r' or '\n'; i++; }
                if (hasBreak) text.Append(' ');
                else text.Append(value, start, i - start);
            }
            else text.Append(value[i++]);
        }
    }

    /// <summary>Splits at the line breaks (br, nested blocks), trims spaces at each line's ends, drops empty lines, tabs to spaces.</summary>
    public static string Normalize(string raw)
    {
        var lines = new List<string>();
        foreach (var line in raw.Split('\n'))
        {
            var trimmed = line.Replace('\t', ' ').Trim(' ');
            if (trimmed.Length > 0) lines.Add(trimmed);
        }
        return string.Join('\n', lines);
    }
}
