namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Joins the two parts of a merged cell cut by a page break. The part on the first page is a cell open at the table's
/// bottom (no border where the page cuts it), the part on the next page a cell in the same column open at the
/// table's top. Producers print such a cell's words on either page, or some on each (Beijing 预算12表: a project's
/// name and amounts only on the second page, its first indicator row on the first). The cell is one cell: its words
/// are put, in reading order, in the row where it begins, and the row on the next page gets an empty cell there, so
/// the readers inherit it as they do for a cell merged down within a page. A row left without text is dropped.
/// </summary>
internal static class PageBreakCells
{
    public static void Join(List<List<PageLine>> pages)
    {
        for (var p = 0; p + 1 < pages.Count; p++)
        {
            var before = pages[p];
            var after = pages[p + 1];
            if (before.Count == 0 || after.Count == 0 || after[0].Cells is not { } next) continue;
            if (!before[^1].IsTableRow) continue;
            var moved = false;
            var nextTexts = next.Select(c => c.Text).ToArray();
            for (var k = 0; k < next.Count; k++)
            {
                var part = next[k];
                if (!part.OpenAbove || part.Text.Length == 0) continue;
                if (Start(before, part) is not (var row, var cell)) continue;
                var cells = before[row].Cells!.ToArray();
                cells[cell] = cells[cell] with { Text = LineText.JoinWrapped(cells[cell].Text, part.Text) };
                before[row] = Rewrite(before[row], cells);
                nextTexts[k] = "";
                moved = true;
            }
            if (!moved) continue;
            var rest = next.Select((c, k) => c with { Text = nextTexts[k] }).ToArray();
            if (Array.TrueForAll(rest, c => c.Text.Length == 0)) after.RemoveAt(0);
            else after[0] = Rewrite(after[0], rest);
        }
    }

    /// <summary>The row and cell, among the table rows that end the page, where the cell cut at the page's foot begins.</summary>
    private static (int Row, int Cell)? Start(List<PageLine> page, RowCell part)
    {
        for (var i = page.Count - 1; i >= 0 && page[i].IsTableRow; i--)
        {
            if (page[i].Cells is not { } cells) return null;
            for (var c = 0; c < cells.Count; c++)
            {
                if (!cells[c].OpenBelow || !cells[c].SameColumn(part)) continue;
                // The cell begins in the first of the rows it spans (rows below show it as an empty cell).
                if (i > 0 && page[i - 1].IsTableRow && ContinuesAbove(page[i - 1], cells[c])) break;
                return (i, c);
            }
        }
        return null;
    }

    /// <summary>The row above has the same cut cell (only the cell at the foot of the table is open below).</summary>
    private static bool ContinuesAbove(PageLine above, RowCell cell) =>
        above.Cells is { } cells && cells.Any(c => c.OpenBelow && c.SameColumn(cell));

    private static PageLine Rewrite(PageLine line, RowCell[] cells) =>
        line with { Text = string.Join('\t', cells.Select(c => c.Text)), Cells = cells };
}
