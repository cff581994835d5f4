using Jixiao.Core.Model.Disclosure;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// Text the file holds where the printed page does not show it, and empty pages, from the lines' locations (PDF
/// sources only; plain text has none). A line lies outside the page when its box is below or left of the page's
/// origin, or above/right of the page's size where the extractor states it.
/// </summary>
internal static class HiddenLines
{
    public static IReadOnlyList<HiddenText> Find(SourceText text) => Outside(text).Where(h => !h.ShownElsewhere).Select(h => h.Text).ToList();

    /// <summary>Every line lying outside the page, and whether its words are printed visibly on the page before or after.</summary>
    public static List<(HiddenText Text, bool ShownElsewhere)> Outside(SourceText text)
    {
        var outside = new List<(SourceLine Line, int Page)>();
        var visible = new Dictionary<int, System.Text.StringBuilder>();
        foreach (var line in text.Lines)
        {
            if (line.IsBlank || text.LocationOf(line.Number) is not { Box: { } box } location) continue;
            // Table rows are left to the table reader: a cell's overflow is re-printed in the same cell on the next page.
            if ((box.Top <= 0 || box.Right <= 0) && !line.Text.Contains('\t')) outside.Add((line, location.Page));
            else
            {
                if (!visible.TryGetValue(location.Page, out var sb)) visible[location.Page] = sb = new();
                sb.Append(Compact(line.Text));
            }
        }
        // WPS prints a cell taller than the page on two pages: the part below the first page is shown on the next.
        bool ShownOn(int page, string words) => visible.TryGetValue(page, out var sb) && sb.ToString().Contains(words, StringComparison.Ordinal);
        return outside.Select(o =>
        {
            var words = Compact(o.Line.Text);
            var elsewhere = words.Length == 0 || ShownOn(o.Page + 1, words) || ShownOn(o.Page - 1, words);
            return (new HiddenText(o.Line.Number, o.Page, o.Line.Text.Trim(), "文字位于页面可见区域之外（页面下方或左侧），打印页上看不到"), elsewhere);
        }).ToList();
    }

    private static string Compact(string text) => TextNormalizerCompact(text.Replace('\t', ' '));

    private static string TextNormalizerCompact(string text) => Jixiao.Documents.Text.TextNormalizer.RemoveWhitespace(text);

    /// <summary>
    /// Lines that repeat, word for word, a line of the page before: WPS prints a tall spreadsheet cell onto two pages
    /// with the whole text on each and shows part of it on each page (the rest is clipped). The first copy is read, the
    /// repeat is not, so no sentence is read twice. They are not reported: every part is visible on one of the pages.
    /// </summary>
    public static ISet<int> RepeatedFromPreviousPage(SourceText text)
    {
        var result = new HashSet<int>();
        var byPage = new Dictionary<int, HashSet<string>>();
        foreach (var line in text.Lines)
        {
            if (line.IsBlank || text.LocationOf(line.Number) is not { } location) continue;
            var t = line.Text.Trim();
            if (t.Length < 15 || ProseLines.IsTableRow(t)) continue;
            if (byPage.TryGetValue(location.Page - 1, out var previous) && previous.Contains(t)) result.Add(line.Number);
            if (!byPage.TryGetValue(location.Page, out var own)) byPage[location.Page] = own = [];
            own.Add(t);
        }
        return result;
    }

    /// <summary>Pages between the first and the last page with text that have no line at all.</summary>
    public static IReadOnlyList<int> BlankPages(SourceText text)
    {
        var pages = new SortedSet<int>();
        foreach (var line in text.Lines)
            if (!line.IsBlank && text.LocationOf(line.Number) is { } l) pages.Add(l.Page);
        if (pages.Count < 2) return [];
        var blank = new List<int>();
        for (var p = pages.Min + 1; p < pages.Max; p++)
            if (!pages.Contains(p)) blank.Add(p);
        return blank;
    }
}
