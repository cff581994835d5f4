namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Joins a table row that a page break splits (跨页断行). Where rows may break across pages, Word and LibreOffice
/// print the part of the row that fits at the page's foot and the rest at the top of the next page, each part closed
/// with borders, so the rest looks like a row of its own: mostly empty cells, with the end of a 三级指标 or 确定依据
/// (<c>2023年预算测</c> | <c>算，2023年工作计划</c>). It is the same row when the row at the page's foot reaches the foot
/// of the text area (within 2.5 em of the lowest text of the document, as for paragraphs), the first table row of the next page (after
/// header rows repeated from the page before) has the same cells as the last row of the page, and every cell of it
/// with text continues a cell whose last printed line is full: the first word of the rest would not have fitted on it,
/// so the producer wrapped it there — and some other cell of the row above has text that ends there (a label, a value):
/// A cell also goes on where the break falls between two paragraphs of it and the rest begins with the next number of
/// the cell's numbered items (<c>1.不断完善…</c> | <c>2.提高…</c>): the line above need not be full then. A row whose
/// only text is one cell (a note, 注：…, or a 资金用途 beside the empty continuation of its label) has no other cell to
/// end there; it is the same row when that cell's text stops mid-sentence on a full line (no 。；！？ at the end) and
/// the rest, in the same cell, does not begin a note or item of its own. Two rows of one cell each that
/// end a sentence at the border are not joined: a row ending flush with the border cannot be told apart from one cut
/// there. A row that begins a new indicator has text in cells (指标值, 权重…) whose text above ended short of the
/// border, and is left alone. The rest's text is appended to the row above as a wrapped line.
/// </summary>
internal static class SplitRows
{
    /// <summary>A line counts as full when less room is left than the next run plus this share of an em.</summary>
    private const double SlackEm = 0.25;

    /// <summary>The row's first part ends within this many em (of its text) of the lowest text of the document.</summary>
    private const double FootEm = 2.5;

    public static void Join(List<List<PageLine>> pages)
    {
        // The lowest text of any page is the foot of the text area: a row split by the page break reaches it.
        var foot = double.MaxValue;
        foreach (var page in pages)
            foreach (var line in page)
                foot = Math.Min(foot, line.Box.Bottom);
        for (var p = 0; p + 1 < pages.Count; p++)
        {
            var before = pages[p];
            var after = pages[p + 1];
            if (before.Count == 0 || before[^1].Cells is not { Count: > 0 } above) continue;
            if (before[^1].Box.Bottom - foot > FootEm * Math.Max(before[^1].Size, 1)) continue;
            var next = 0;
            while (next < after.Count && after[next].Cells is not null && Repeats(before, after[next])) next++;
            if (next >= after.Count || after[next].Cells is not { } rest || !Continues(above, rest)) continue;
            var joined = above.Select((c, k) => rest[k].Text.Length == 0 ? c : c with
            {
                // A numbered item begins a paragraph of its own, as within a cell (PageReader.CellText).
                Text = ListMarker.StartsWith(rest[k].Text) ? c.Text.TrimEnd() + " " + rest[k].Text : LineText.JoinWrapped(c.Text, rest[k].Text),
                LastLineRoom = rest[k].LastLineRoom,
                OpenBelow = rest[k].OpenBelow,
            }).ToArray();
            before[^1] = before[^1] with { Text = string.Join('\t', joined.Select(c => c.Text)), Cells = joined };
            after.RemoveAt(next);
        }
    }

    /// <summary>A header row the producer repeats at the top of each page: printed word for word among the rows before.</summary>
    private static bool Repeats(List<PageLine> before, PageLine row)
    {
        for (var i = before.Count - 1; i >= 0 && before[i].IsTableRow; i--)
            if (before[i].Text == row.Text) return true;
        return false;
    }

    private static bool Continues(IReadOnlyList<RowCell> above, IReadOnlyList<RowCell> rest)
    {
        if (rest.Count != above.Count) return false;
        var any = false;
        var ended = false;
        for (var k = 0; k < rest.Count; k++)
        {
            if (!rest[k].SameColumn(above[k])) return false;
            if (rest[k].Text.Length == 0)
            {
                ended |= above[k].Text.Length > 0;
                continue;
            }
            if (above[k].Text.Length == 0) return false;
            if (!LineGoesOn(above[k], rest[k]) && !NextItem(above[k].Text, rest[k].Text)) return false;
            any = true;
        }
        if (!any) return false;
        if (ended) return true;
        // One cell with text on each side, in the same column (a note across the table, a 资金用途 beside the empty
        // continuation of its merged label): nothing else ends there, so the sentence must be seen to go on.
        var only = OnlyText(above);
        return only >= 0 && only == OnlyText(rest) && MidSentence(above[only].Text, rest[only].Text);
    }

    /// <summary>The index of the row's one cell with text, or -1 where there are none or several.</summary>
    private static int OnlyText(IReadOnlyList<RowCell> row)
    {
        var found = -1;
        for (var k = 0; k < row.Count; k++)
        {
            if (row[k].Text.Length == 0) continue;
            if (found >= 0) return -1;
            found = k;
        }
        return found;
    }

    /// <summary>The cell's last printed line is full: the first word of the rest would not have fitted on it.</summary>
    private static bool LineGoesOn(RowCell above, RowCell rest) =>
        above.LastLineRoom < rest.FirstRunWidth + SlackEm * Math.Max(rest.Size, above.Size);

    /// <summary>The rest begins the item after the cell's last numbered item (1. … | 2. …).</summary>
    private static bool NextItem(string above, string rest) =>
        ListMarker.Number(rest) is { } next && ListMarker.LastNumber(above) is { } last && next == last + 1;

    /// <summary>
    /// The cell's text stops mid-sentence and the rest is not a note or item of its own. Sentence ends and note
    /// labels are the ones the disclosure notes use (注：, 说明：).
    /// </summary>
    private static bool MidSentence(string above, string rest)
    {
        var end = above.TrimEnd();
        if (end.Length == 0 || "。；！？;!?".Contains(end[^1])) return false;
        var start = rest.TrimStart();
        return !ListMarker.StartsWith(start) && !NoteLabels.Any(l => start.StartsWith(l, StringComparison.Ordinal));
    }

    private static readonly string[] NoteLabels = ["注：", "注:", "说明：", "说明:", "备注："];
}
