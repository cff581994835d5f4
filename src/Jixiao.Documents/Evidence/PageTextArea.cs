using Jixiao.Documents.Text;

namespace Jixiao.Documents.Evidence;

/// <summary>
/// The box to draw on a page that has no line of its own (a blank page): the text area of the pages around it — the
/// union of the line boxes of the nearest page with text before and after, intersected when both exist, so the box
/// fits a portrait as well as a landscape neighbour. Null when no neighbouring page has a box (plain text, .docx).
/// </summary>
internal static class PageTextArea
{
    public static PageBox? Around(SourceText source, int page)
    {
        var areas = new SortedDictionary<int, PageBox>();
        for (var n = 1; n <= source.Lines.Count; n++)
        {
            if (source.Lines[n - 1].IsBlank || source.LocationOf(n) is not { Box: { } box } location) continue;
            areas[location.Page] = areas.TryGetValue(location.Page, out var a) ? a.Union(box) : box;
        }
        PageBox? before = null, after = null;
        foreach (var (p, area) in areas)
        {
            if (p < page) before = area;
            else if (p > page) { after = area; break; }
        }
        if (before is { } b && after is { } f) return Intersect(b, f) ?? b;
        return before ?? after;
    }

    private static PageBox? Intersect(PageBox a, PageBox b)
    {
        var box = new PageBox(Math.Max(a.Left, b.Left), Math.Max(a.Bottom, b.Bottom), Math.Min(a.Right, b.Right), Math.Min(a.Top, b.Top));
        return box.Left < box.Right && box.Bottom < box.Top ? box : null;
    }
}
