using System.Text;
using System.Xml.Linq;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Sources.Html;

/// <summary>
/// Turns the body of a well-formed HTML page into the lines the layout readers take: paragraphs and headings one
/// line each (a <c>&lt;br/&gt;</c> starts a new line), tables in the Word-export shape (<see cref="HtmlTableLines"/>).
/// Navigation (<c>&lt;nav&gt;</c>, e.g. a 目录 of links), scripts, styles and the head carry no document content
/// and are skipped.
/// </summary>
internal sealed class HtmlLines
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "head", "script", "style", "template", "nav", "noscript" };

    /// <summary>Elements whose text is one paragraph.</summary>
    private static readonly HashSet<string> Paragraphs = new(StringComparer.OrdinalIgnoreCase)
        { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "caption", "figcaption", "pre", "address", "summary", "label" };

    public List<string> Lines { get; } = [];

    /// <summary>The same page in the neutral model: paragraphs, and tables with their rowspan/colspan as spans.</summary>
    public GridBuilder Grid { get; } = new();

    public void AddContainer(XElement container)
    {
        var loose = new StringBuilder();
        foreach (var node in container.Nodes())
        {
            if (node is XElement element)
            {
                var name = element.Name.LocalName;
                if (Skipped.Contains(name)) continue;
                if (IsInline(name)) { InlineText.Append(loose, element); continue; }
                Flush(loose);
                if (name.Equals("table", StringComparison.OrdinalIgnoreCase)) HtmlTableLines.Add(Lines, element, Grid.Table());
                else if (Paragraphs.Contains(name)) AddParagraph(InlineText.Of(element));
                else AddContainer(element);
            }
            else if (node is XText text) InlineText.AppendLoose(loose, text.Value);
        }
        Flush(loose);
    }

    private void Flush(StringBuilder loose)
    {
        if (loose.Length == 0) return;
        AddParagraph(InlineText.Normalize(loose.ToString()));
        loose.Clear();
    }

    private void AddParagraph(string text)
    {
        if (text.Length == 0) return;
        Grid.Paragraph(text, Lines.Count);
        foreach (var line in text.Split('\n'))
            if (line.Length > 0) Lines.Add(line);
    }

    private static bool IsInline(string name) => InlineText.InlineElements.Contains(name);
}
