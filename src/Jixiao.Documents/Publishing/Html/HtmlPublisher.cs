using System.Globalization;
using System.Text;
using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Layout;

namespace Jixiao.Documents.Publishing.Html;

/// <summary>
/// Publishes a <see cref="TargetDocument"/> as one self-contained HTML5 page for web disclosure (网上公开): the
/// same sections and tables as the Word document (<see cref="PublishedDocument"/>), merged cells as
/// rowspan/colspan, inline CSS with print rules, <c>lang="zh-CN"</c>. The markup is well-formed XML (XHTML
/// syntax: every element closed, void elements self-closed) so that <see cref="Sources.Html.HtmlFormat"/> can
/// read it back; every text is escaped.
/// </summary>
public static class HtmlPublisher
{
    public static void Write(TargetDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToHtml(document));
        output.Write(bytes);
    }

    public static string ToHtml(TargetDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var layout = PublishedDocument.From(document);
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<meta name=\"generator\" content=\"Jixiao\"/>\n<title>");
        HtmlText.Append(html, layout.Title);
        html.Append("</title>\n<style>\n").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<section class=\"portrait cover\">\n");
        // The 目录 is navigation (<nav>, entries linking to the headings' ids), not content: a reader skips it.
        var inContents = false;
        int entries = 0, headings = 0;
        foreach (var block in layout.Blocks)
        {
            switch (block)
            {
                case PageBreakBlock pageBreak:
                    if (inContents) { html.Append("</nav>\n"); inContents = false; }
                    html.Append("</section>\n<section class=\"").Append(pageBreak.Landscape ? "landscape" : "portrait").Append("\">\n");
                    break;
                case TextBlock { Role: TextRole.ContentsTitle } title:
                    html.Append("<nav class=\"contents\">\n");
                    inContents = true;
                    AppendText(html, title, null);
                    break;
                case TextBlock { Role: TextRole.ContentsPart or TextRole.ContentsSection } entry:
                    AppendText(html, entry, null, link: $"h{++entries}");
                    break;
                case TextBlock { Role: TextRole.PartHeading or TextRole.SectionHeading } heading:
                    AppendText(html, heading, id: $"h{++headings}");
                    break;
                case TextBlock text:
                    AppendText(html, text, null);
                    break;
                case TableCaptionBlock caption:
                    AppendCaption(html, caption);
                    break;
                case TableBlock table:
                    AppendTable(html, table.Table);
                    break;
            }
        }
        if (inContents) html.Append("</nav>\n");
        html.Append("</section>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendText(StringBuilder html, TextBlock block, string? id, string? link = null)
    {
        var (element, cssClass) = block.Role switch
        {
            TextRole.CoverTitle => ("p", "cover-title"),
            TextRole.CoverSubtitle => ("p", "cover-subtitle"),
            TextRole.ContentsTitle => ("p", "contents-title"),
            TextRole.ContentsPart => ("p", "toc-part"),
            TextRole.ContentsSection => ("p", "toc-section"),
            TextRole.PartHeading => ("h1", null),
            TextRole.SectionHeading => ("h2", null),
            TextRole.UnitLine => ("p", "unit-line"),
            TextRole.MoneyUnitLine => ("p", "money-unit"),
            _ => ("p", "prose"),
        };
        html.Append('<').Append(element);
        if (cssClass is not null) html.Append(" class=\"").Append(cssClass).Append('"');
        if (id is not null) html.Append(" id=\"").Append(id).Append('"');
        html.Append('>');
        if (link is not null) html.Append("<a href=\"#").Append(link).Append("\">");
        HtmlText.AppendLines(html, [block.Text]);
        if (link is not null) html.Append("</a>");
        html.Append("</").Append(element).Append(">\n");
    }

    private static void AppendCaption(StringBuilder html, TableCaptionBlock caption)
    {
        // Two paragraphs (as the Word writer prints them) shown side by side by the CSS.
        html.Append("<div class=\"caption\">");
        if (caption.Left is not null) { html.Append("<p class=\"unit-line\">"); HtmlText.Append(html, caption.Left); html.Append("</p>"); }
        if (caption.Right is not null) { html.Append("<p class=\"money-unit\">"); HtmlText.Append(html, caption.Right); html.Append("</p>"); }
        html.Append("</div>\n");
    }

    private static void AppendTable(StringBuilder html, LayoutTable table)
    {
        html.Append("<table>\n<colgroup>");
        var total = table.ColumnWeights.Sum();
        foreach (var weight in table.ColumnWeights)
            html.Append("<col style=\"width:").Append((weight * 100 / total).ToString("0.##", CultureInfo.InvariantCulture)).Append("%\"/>");
        html.Append("</colgroup>\n");
        // A header row that opens the table goes in <thead>, which browsers repeat on every printed page.
        var start = 0;
        if (table.Rows.Count > 0 && table.Rows[0].RepeatsOnEachPage)
        {
            html.Append("<thead>\n");
            AppendRow(html, table.Rows[0]);
            html.Append("</thead>\n");
            start = 1;
        }
        html.Append("<tbody>\n");
        for (var r = start; r < table.Rows.Count; r++) AppendRow(html, table.Rows[r]);
        html.Append("</tbody>\n</table>\n");
    }

    private static void AppendRow(StringBuilder html, LayoutRow row)
    {
        html.Append("<tr>");
        foreach (var cell in row.Cells)
        {
            var element = cell.IsHeader ? "th" : "td";
            html.Append('<').Append(element);
            if (cell.ColumnSpan > 1) html.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
            if (cell.RowSpan > 1) html.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
            html.Append('>');
            HtmlText.AppendLines(html, cell.Lines);
            html.Append("</").Append(element).Append('>');
        }
        html.Append("</tr>\n");
    }
}
