namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Restores the leading columns of table rows at the top of a page that continue a table from the page before
/// (续表). Where a producer closes a merged cell at the page break (Word, LibreOffice), the rows on the next page show
/// that cell's column as empty cells; when every row of the table on that page has them empty — the table ends a row
/// or two into the page (the last indicator row alone at the top), or the page holds only rows of the group the
/// merged 一级/二级 cell began on the page before — the page's table has empty leading columns, which the page reader
/// leaves out as it leaves out a page frame. Here, where a page ends with a table row and the next begins with table
/// rows that start right of that row's first cell, at one of its cell borders, with the same right edge (the same
/// table's columns), the cells of the last row on the page before that lie left of it are put back as empty cells:
/// the readers then inherit 一级/二级 from the row above, exactly as for a merged cell cut within a page.
/// </summary>
internal static class ContinuedTableColumns
{
    /// <summary>Borders of one table on two pages line up within this (points).</summary>
    private const double Tolerance = 2 * PageRulings.Snap;

    public static void Restore(List<List<PageLine>> pages)
    {
        for (var p = 0; p + 1 < pages.Count; p++)
        {
            var before = pages[p];
            var after = pages[p + 1];
            if (Template(before) is not { } above) continue;
            for (var i = 0; i < after.Count && after[i].Cells is { Count: > 0 } cells; i++)
            {
                var missing = MissingLeadingCells(above, cells);
                if (missing == 0) continue;
                var restored = new RowCell[missing + cells.Count];
                for (var c = 0; c < missing; c++) restored[c] = new RowCell("", above[c].Left, above[c].Right, false, false);
                for (var c = 0; c < cells.Count; c++) restored[missing + c] = cells[c];
                after[i] = after[i] with { Text = string.Join('\t', restored.Select(c => c.Text)), Cells = restored };
            }
        }
    }

    /// <summary>
    /// The last row of the table that ends the page, or the nearest row above it in that table whose cells all have
    /// their place on the page (a row can hold a column in place with a cell no border drew); null when the page does
    /// not end with a table row.
    /// </summary>
    private static IReadOnlyList<RowCell>? Template(List<PageLine> page)
    {
        for (var i = page.Count - 1; i >= 0 && page[i].Cells is { Count: > 0 } cells; i--)
            if (cells.All(c => c.Right > c.Left)) return cells;
        return null;
    }

    /// <summary>
    /// How many of <paramref name="above"/>'s cells lie left of <paramref name="row"/>'s first cell, when the row
    /// starts at one of their borders and ends where they end; 0 when the row is not that table's row or starts with it.
    /// </summary>
    private static int MissingLeadingCells(IReadOnlyList<RowCell> above, IReadOnlyList<RowCell> row)
    {
        var first = row[0];
        if (first.Right <= first.Left) return 0;
        if (first.Left <= above[0].Left + Tolerance) return 0;
        if (Math.Abs(row[^1].Right - above[^1].Right) > Tolerance) return 0;
        for (var k = 1; k < above.Count; k++)
        {
            if (Math.Abs(above[k].Left - first.Left) <= Tolerance) return k;
            if (above[k].Left > first.Left) return 0;
        }
        return 0;
    }
}
