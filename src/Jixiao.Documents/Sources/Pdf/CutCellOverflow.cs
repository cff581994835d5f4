namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Text of a merged cell cut by a page break that the producer drew past the cut and clipped. A spreadsheet or Word
/// export lays a tall merged cell's text out over the whole cell and prints it on each page it covers, clipped to the
/// part of the cell on that page: the rest lies above or below the table (or off the page), where no viewer shows it.
/// Such glyphs lie in the column of a cell that is open at the table's top or bottom edge, beyond that edge, in lines
/// that follow on from the edge of the table or of the page at the cell's line pitch. They are not read: the words are
/// read where they are printed.
/// </summary>
internal static class CutCellOverflow
{
    /// <summary>Lines further apart than this (em) are not the same cell's text running on.</summary>
    private const double MaxPitchEm = 2.5;

    public static void Remove(List<Glyph> loose, List<TableGrid> tables, double pageBottom, double pageTop)
    {
        if (loose.Count == 0 || tables.Count == 0) return;
        var drop = new HashSet<int>();
        var candidates = new List<int>();
        foreach (var table in tables)
        {
            foreach (var cell in table.Cells)
            {
                var above = table.OpenAbove(cell);
                var below = table.OpenBelow(cell);
                if (!above && !below) continue;
                double left = table.X(cell.FirstColumn), right = table.X(cell.LastColumn + 1);
                if (above) Mark(loose, candidates, drop, left, right, table.Top, pageTop, upward: true);
                if (below) Mark(loose, candidates, drop, left, right, table.Bottom, pageBottom, upward: false);
            }
        }
        if (drop.Count == 0) return;
        var kept = 0;
        for (var i = 0; i < loose.Count; i++)
            if (!drop.Contains(i)) loose[kept++] = loose[i];
        loose.RemoveRange(kept, loose.Count - kept);
    }

    private static void Mark(List<Glyph> loose, List<int> candidates, HashSet<int> drop, double left, double right,
        double tableEdge, double pageEdge, bool upward)
    {
        candidates.Clear();
        for (var i = 0; i < loose.Count; i++)
        {
            var g = loose[i];
            if (g.CenterX < left || g.CenterX > right) continue;
            if (upward ? g.Middle > tableEdge : g.Middle < tableEdge) candidates.Add(i);
        }
        if (candidates.Count == 0) return;
        // Nearest the table first; the run of lines going on from the table's edge, then from the page's edge.
        candidates.Sort((a, b) => upward ? loose[a].Middle.CompareTo(loose[b].Middle) : loose[b].Middle.CompareTo(loose[a].Middle));
        var reach = tableEdge;
        foreach (var i in candidates)
        {
            var g = loose[i];
            if (Math.Abs(g.Middle - reach) > MaxPitchEm * g.Size) break;
            drop.Add(i);
            reach = g.Middle;
        }
        reach = pageEdge;
        for (var k = candidates.Count - 1; k >= 0; k--)
        {
            var g = loose[candidates[k]];
            if (Math.Abs(g.Middle - reach) > MaxPitchEm * g.Size) break;
            drop.Add(candidates[k]);
            reach = g.Middle;
        }
    }
}
