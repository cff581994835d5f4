namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Joins the printed lines of one paragraph of running text into one line, as a Word paragraph is one line for the
/// readers. A line continues the one before when the one before is full (the room left before the right edge of the
/// page's text is under 1.5 em or too small for the next line's first unbreakable run, so the producer wrapped it), the new line starts at the left edge (no first-line indent,
/// which begins a Chinese paragraph), both have the same font size, and the white gap between them is at most 1.5 em (official documents set 16-pt text
/// on a fixed 28–30-pt line pitch, a gap near 1 em; a blank line between paragraphs is a larger gap).
/// Across a page break the same test runs between the last line of one page and the first of the next, and the last
/// line must stand at the foot of its page (within 2.5 em of the lowest text of the document). Table rows
/// and lines split into cells are never joined, nor a 目录 entry (leader dots and a page number) with the next, nor a line that starts a numbered item (1. （一） 一、).
/// </summary>
internal static class ParagraphJoiner
{
    public static List<List<PageLine>> Join(List<List<PageLine>> pages)
    {
        // The lowest text of any page is the bottom margin: a page whose last line stops well above it ended its
        // paragraph there (the next line would have fitted), whatever the next page starts with.
        var bottom = double.MaxValue;
        foreach (var page in pages)
            foreach (var line in page)
                bottom = Math.Min(bottom, line.Box.Bottom);
        var paragraphs = new List<List<PageLine>>();
        List<PageLine>? open = null;
        (double Left, double Right) openEdges = default;
        foreach (var page in pages)
        {
            var edges = TextEdges(page);
            for (var i = 0; i < page.Count; i++)
            {
                var line = page[i];
                if (open is not null && Continues(open[^1], openEdges, line, edges, firstOnPage: i == 0, bottom))
                {
                    open.Add(line);
                    continue;
                }
                open = [line];
                openEdges = edges;
                paragraphs.Add(open);
                if (line.IsTableRow) open = null;
            }
        }
        return paragraphs;
    }

    private static bool Continues(PageLine previous, (double Left, double Right) previousEdges, PageLine next,
        (double Left, double Right) edges, bool firstOnPage, double bottom)
    {
        if (previous.IsTableRow || next.IsTableRow) return false;
        // A 目录 entry ends with leader dots and its page number: complete however far right it reaches.
        if (TableOfContents.EndsWithPageNumber(previous.Text)) return false;
        if (ListMarker.StartsWith(next.Text)) return false;
        var em = Math.Max(previous.Size, next.Size);
        if (em <= 0 || Math.Abs(previous.Size - next.Size) > 0.5) return false;
        // Full: the room left on the line is too small for what the next line starts with (a CJK character and
        // the punctuation that may not begin a line, or an unbreakable number or word), or under 1.5 em.
        var room = previousEdges.Right - previous.Box.Right;
        // A 目录 entry wraps before the page-number column, well short of the right edge: the line that follows
        // ends with the leaders and the number.
        var tocWrap = TableOfContents.EndsWithPageNumber(next.Text)
            && previous.Box.Right > previousEdges.Left + 0.6 * (previousEdges.Right - previousEdges.Left);
        if (!tocWrap && room > Math.Max(1.5 * em, next.FirstRunWidth + 0.25 * em)) return false;
        // Continuation lines start at the left edge; a wrapped 目录 entry's at the entry's own indent.
        if (next.Box.Left > edges.Left + 0.5 * em && !(tocWrap && Math.Abs(next.Box.Left - previous.Box.Left) <= 0.5 * em)) return false;
        if (firstOnPage) return next.Page == previous.Page + 1 && previous.Box.Bottom - bottom <= 2.5 * em;
        var gap = previous.Box.Bottom - next.Box.Top;
        return next.Page == previous.Page && gap <= 1.5 * em && gap > -0.5 * em;
    }

    /// <summary>
    /// The left and right edge of the page's running text (its lines, not its tables). The right edge is the one most
    /// long lines end at (justified full lines end exactly there), not the largest: punctuation hung into the margin
    /// and a line with a stray trailing glyph reach a few points further.
    /// </summary>
    private static (double Left, double Right) TextEdges(List<PageLine> page)
    {
        double left = double.MaxValue, max = double.MinValue;
        foreach (var line in page)
        {
            if (line.IsTableRow) continue;
            left = Math.Min(left, line.Box.Left);
            max = Math.Max(max, line.Box.Right);
        }
        if (max == double.MinValue) return (left, max);
        var counts = new Dictionary<int, int>();
        foreach (var line in page)
        {
            if (line.IsTableRow || line.Box.Right < left + 0.8 * (max - left)) continue;
            var key = (int)Math.Round(line.Box.Right);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var best = (Key: (int)Math.Round(max), Count: 0);
        foreach (var (key, count) in counts)
            if (count > best.Count || (count == best.Count && key > best.Key)) best = (key, count);
        return (left, best.Count >= 2 ? best.Key : max);
    }
}
