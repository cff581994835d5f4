namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Groups a page's borders into tables: borders that cross or touch belong to the same table. A group with at least
/// two horizontal and two vertical borders is a ruled table; lone lines (underlines, the rules of a 三线表 without
/// verticals) are not, and the text around them is read as lines with gap-separated cells instead.
/// </summary>
internal static class TableFinder
{
    public static List<TableGrid> Find(List<Ruling> horizontal, List<Ruling> vertical)
    {
        var tables = new List<TableGrid>();
        if (horizontal.Count < 2 || vertical.Count < 2) return tables;
        // Matching is O(H·V); past this the page is hatching or a chart, not a table to read.
        if ((long)horizontal.Count * vertical.Count > 4_000_000) return tables;
        var count = horizontal.Count + vertical.Count;
        var parent = new int[count];
        for (var i = 0; i < count; i++) parent[i] = i;
        const double touch = PageRulings.Snap + 1;
        for (var h = 0; h < horizontal.Count; h++)
        {
            var hr = horizontal[h];
            for (var v = 0; v < vertical.Count; v++)
            {
                var vr = vertical[v];
                if (vr.Position >= hr.From - touch && vr.Position <= hr.To + touch
                    && hr.Position >= vr.From - touch && hr.Position <= vr.To + touch)
                    Union(parent, h, horizontal.Count + v);
            }
        }
        var groups = new Dictionary<int, (List<Ruling> H, List<Ruling> V)>();
        for (var i = 0; i < count; i++)
        {
            var root = Find(parent, i);
            if (!groups.TryGetValue(root, out var group)) groups[root] = group = ([], []);
            if (i < horizontal.Count) group.H.Add(horizontal[i]);
            else group.V.Add(vertical[i - horizontal.Count]);
        }
        foreach (var (h, v) in groups.Values)
        {
            if (h.Count < 2 || v.Count < 2) continue;
            if (TableGrid.Build(h, v) is { } grid && grid.Right - grid.Left > 10 && grid.Top - grid.Bottom > 5) tables.Add(grid);
        }
        tables.Sort((a, b) => b.Top.CompareTo(a.Top));
        return tables;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
    }
}
