using Jixiao.Documents.Publishing.Layout;

namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>
/// Lays a <see cref="LayoutTable"/> onto pages: column widths from the grid weights over the text width, each cell's
/// text wrapped to its measured width, rows that grow to their tallest cell, every cell top-aligned so that the first
/// lines of a row share one baseline (a reader finds the row's cells on one line). A row that does not fit goes to the
/// next page whole, after the latest header row (指标 header, a disclosure table's header) printed again; a row taller
/// than a page is split between its text lines. A merged cell (一级指标, 预算规模及资金用途 …) is drawn across its rows.
/// A merged label (预算规模及资金用途, 资金支出计划（%）) keeps its rows together: the block moves to the next page whole.
/// Where a page break cuts a merged value (一级指标, 二级指标), each page shows its own part of the merged cell with the
/// whole label repeated, the part lengthened where needed. Rows are placed first and drawn once the table is placed.
/// </summary>
internal sealed class TableComposer
{
    private const float PadX = 3f;
    private const float PadY = 2.5f;

    private readonly PageFlow _flow;
    private readonly LayoutTable _table;
    private readonly float[] _columnX;
    private readonly List<List<PreparedCell>> _cells = [];
    private readonly float[] _heights;
    private readonly List<RowPlacement> _placements = [];
    private readonly List<(int FirstRow, PreparedCell Cell)> _merged = [];

    private TableComposer(PageFlow flow, LayoutTable table)
    {
        _flow = flow;
        _table = table;
        var geometry = flow.Geometry;
        var total = table.ColumnWeights.Sum();
        _columnX = new float[table.GridColumns + 1];
        _columnX[0] = geometry.Left;
        for (var c = 0; c < table.GridColumns; c++)
            _columnX[c + 1] = _columnX[c] + (float)(geometry.TextWidth * table.ColumnWeights[c] / total);
        foreach (var row in table.Rows)
            _cells.Add([.. row.Cells.Select(Prepare)]);
        for (var r = 0; r < _cells.Count; r++)
            foreach (var cell in _cells[r].Where(c => c.Cell.RowSpan > 1)) _merged.Add((r, cell));
        _heights = RowHeights();
    }

    public static void Place(PageFlow flow, LayoutTable table)
    {
        var composer = new TableComposer(flow, table);
        composer.PlaceRows();
        foreach (var placement in composer._placements) composer.DrawRow(placement);
        composer.DrawMergedCells();
    }

    private PreparedCell Prepare(LayoutCell cell)
    {
        var style = cell.IsHeader ? TextStyle.TableHeader : TextStyle.Table;
        var width = _columnX[cell.Column + cell.ColumnSpan] - _columnX[cell.Column] - 2 * PadX;
        var lines = cell.Lines.Count == 0 ? [] : LineBreaker.Wrap(cell.Text, style, width, _flow.Fonts);
        return new PreparedCell(cell, style, lines);
    }

    private static float TextHeight(PreparedCell cell) => Math.Max(1, cell.Lines.Count) * cell.Style.LineHeight + 2 * PadY;

    /// <summary>
    /// A merged label (预算规模及资金用途, 资金支出计划（%）, 总体资金情况) heads a block of rows read as one: its rows stay
    /// on one page. Merged values (一级指标, 二级指标) may run across a page break.
    /// </summary>
    private static bool KeepsRowsTogether(PreparedCell cell) => cell.Cell.IsHeader && cell.Cell.RowSpan > 1;

    /// <summary>Each row as tall as its tallest one-row cell; a merged cell taller than its rows lengthens the last of them.</summary>
    private float[] RowHeights()
    {
        var heights = new float[_cells.Count];
        for (var r = 0; r < _cells.Count; r++)
        {
            heights[r] = TextStyle.Table.LineHeight + 2 * PadY;
            foreach (var cell in _cells[r])
                if (cell.Cell.RowSpan == 1) heights[r] = Math.Max(heights[r], TextHeight(cell));
        }
        for (var r = 0; r < _cells.Count; r++)
            foreach (var cell in _cells[r].Where(c => c.Cell.RowSpan > 1))
            {
                var last = LastRow(r, cell);
                var spanned = 0f;
                for (var k = r; k <= last; k++) spanned += heights[k];
                if (spanned < TextHeight(cell)) heights[last] += TextHeight(cell) - spanned;
            }
        return heights;
    }

    private int LastRow(int first, PreparedCell cell) => Math.Min(_cells.Count, first + cell.Cell.RowSpan) - 1;

    private void PlaceRows()
    {
        int? header = null;
        var page = _flow.Geometry.Bottom - _flow.Geometry.Top;
        for (var r = 0; r < _cells.Count; r++)
        {
            if (_table.Rows[r].RepeatsOnEachPage) header = r;
            var need = Need(r);
            if (need > _flow.Remaining && need <= page && !_flow.AtPageTop) ContinueOnNewPage(header, r, rowContinues: false);
            var height = HeightHere(r);
            if (height <= _flow.Remaining || _flow.AtPageTop && height <= page)
            {
                Record(r, 0, int.MaxValue, height, copy: false);
                continue;
            }
            SplitRow(r, header);
        }
    }

    /// <summary>
    /// Room row <paramref name="r"/> needs on the page where it starts: the whole block it heads when it starts a merged
    /// label, the text of any merged cell it starts (so the first part of a split merge can show the whole label), and
    /// the row or block after a header row.
    /// </summary>
    private float Need(int r)
    {
        var end = BlockEnd(r);
        var need = end > r ? BlockHeight(r, end) : HeightHere(r);
        foreach (var cell in _cells[r].Where(c => c.Cell.RowSpan > 1)) need = Math.Max(need, TextHeight(cell));
        if (_table.Rows[r].RepeatsOnEachPage && r + 1 < _cells.Count) need += BlockHeight(r + 1, BlockEnd(r + 1));
        return need;
    }

    /// <summary>The last row of the block row <paramref name="r"/> heads (itself when it starts no merged label).</summary>
    private int BlockEnd(int r)
    {
        var end = r;
        for (var k = r; k <= end; k++)
            foreach (var cell in _cells[k].Where(KeepsRowsTogether)) end = Math.Max(end, LastRow(k, cell));
        return end;
    }

    private float BlockHeight(int first, int last)
    {
        var height = 0f;
        for (var k = first; k <= last; k++) height += _heights[k];
        return height;
    }

    /// <summary>
    /// Height of row <paramref name="r"/> placed at the cursor: its own height, or more when it ends a merged cell whose
    /// part on this page (after a page break) would be too short for the cell's whole text.
    /// </summary>
    private float HeightHere(int r)
    {
        var height = _heights[r];
        foreach (var (first, cell) in _merged)
        {
            if (first >= r || LastRow(first, cell) != r) continue;
            var top = PartOnPage(first, r - 1)?.Top ?? _flow.Y;
            height = Math.Max(height, TextHeight(cell) - (_flow.Y - top));
        }
        return height;
    }

    /// <summary>Top and bottom of the rows <paramref name="first"/>…<paramref name="last"/> placed on the current page, if any.</summary>
    private (float Top, float Bottom)? PartOnPage(int first, int last)
    {
        var part = _placements.Where(p => !p.Copy && p.Page == _flow.Page && p.Row >= first && p.Row <= last).ToList();
        return part.Count == 0 ? null : (part.Min(p => p.Top), part.Max(p => p.Top + p.Height));
    }

    private void ContinueOnNewPage(int? header, int row, bool rowContinues)
    {
        CompleteMergedParts(row, rowContinues);
        _flow.NewPage();
        if (header is { } h && h != row) Record(h, 0, int.MaxValue, _heights[h], copy: true);
    }

    /// <summary>
    /// Before a page break in front of row <paramref name="next"/> (or inside it, <paramref name="rowContinues"/>): every
    /// merged cell cut by the break gets a part on this page tall enough for its whole text, by lengthening the last row
    /// placed. The room is there: a row starting a merged cell is only placed where the cell's whole text fits below it.
    /// </summary>
    private void CompleteMergedParts(int next, bool rowContinues)
    {
        var last = _placements.LastOrDefault(p => !p.Copy && p.Page == _flow.Page);
        if (last is null) return;
        var grow = 0f;
        foreach (var (first, cell) in _merged)
        {
            var end = LastRow(first, cell);
            var cut = first < next && next <= end || rowContinues && first == next;
            if (!cut || PartOnPage(first, next) is not { } part) continue;
            grow = Math.Max(grow, TextHeight(cell) - (part.Bottom - part.Top));
        }
        grow = Math.Min(grow, _flow.Remaining);
        if (grow <= 0) return;
        last.Height += grow;
        _flow.Y += grow;
    }

    /// <summary>A row taller than the room left: its one-row cells continue on the next page from the line where they stop.</summary>
    private void SplitRow(int r, int? header)
    {
        var start = 0;
        var longest = _cells[r].Where(c => c.Cell.RowSpan == 1).Select(c => c.Lines.Count).DefaultIfEmpty(1).Max();
        var lineHeight = TextStyle.Table.LineHeight;
        while (start < longest)
        {
            var capacity = (int)Math.Floor((_flow.Remaining - 2 * PadY) / lineHeight);
            if (capacity < 1) { ContinueOnNewPage(header, r, rowContinues: start > 0); continue; }
            var end = Math.Min(longest, start + capacity);
            Record(r, start, end, (end - start) * lineHeight + 2 * PadY, copy: false);
            start = end;
            if (start < longest) ContinueOnNewPage(header, r, rowContinues: true);
        }
    }

    /// <summary>Places row <paramref name="r"/> (lines <paramref name="from"/> to <paramref name="to"/>) at the cursor; drawn once the table is placed.</summary>
    private void Record(int r, int from, int to, float height, bool copy)
    {
        _placements.Add(new RowPlacement(r, _flow.Page, _flow.Y, from, to, copy) { Height = height });
        _flow.Y += height;
    }

    /// <summary>Draws the one-row cells of a placed row (every cell of a header row printed again).</summary>
    private void DrawRow(RowPlacement placement)
    {
        foreach (var cell in _cells[placement.Row])
        {
            if (cell.Cell.RowSpan > 1 && !placement.Copy) continue;
            var (from, to) = (placement.From, placement.To);
            var lines = cell.Lines.Skip(from).Take(Math.Max(0, Math.Min(to, cell.Lines.Count) - from)).ToList();
            DrawCell(cell, placement.Top, placement.Height, lines, placement.Page);
        }
    }

    /// <summary>Merged cells over the rows they span, one part per page, each part with the cell's whole text (the label repeated).</summary>
    private void DrawMergedCells()
    {
        foreach (var (first, cell) in _merged)
        {
            var spanned = _placements.Where(p => !p.Copy && p.Row >= first && p.Row <= LastRow(first, cell)).ToList();
            foreach (var part in spanned.GroupBy(p => p.Page))
            {
                var top = part.Min(p => p.Top);
                var bottom = part.Max(p => p.Top + p.Height);
                // A small tolerance: the part was made tall enough for every line, float sums must not drop the last one.
                var fit = Math.Max(1, (int)Math.Floor((bottom - top - 2 * PadY) / cell.Style.LineHeight + 0.01f));
                DrawCell(cell, top, bottom - top, [.. cell.Lines.Take(fit)], part.Key);
            }
        }
    }

    private void DrawCell(PreparedCell cell, float top, float height, IReadOnlyList<string> lines, ComposedPage page)
    {
        var left = _columnX[cell.Cell.Column];
        var right = _columnX[cell.Cell.Column + cell.Cell.ColumnSpan];
        var bottom = top + height;
        if (cell.Cell.IsHeader) page.Ops.Add(new ShadeOp(left, top, right - left, height));
        page.Ops.Add(new RuleOp(left, top, right, top));
        page.Ops.Add(new RuleOp(left, bottom, right, bottom));
        page.Ops.Add(new RuleOp(left, top, left, bottom));
        page.Ops.Add(new RuleOp(right, top, right, bottom));
        // Labels and one-line values are centred as in the Word table style; wrapped text reads better from the left.
        var centred = cell.Cell.IsHeader || cell.Lines.Count <= 1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0) continue;
            var lineTop = top + PadY + i * cell.Style.LineHeight;
            var width = _flow.Fonts.Measure(lines[i], cell.Style);
            var x = centred ? (left + right - width) / 2 : left + PadX;
            page.Ops.Add(new TextOp(x, PageFlow.Baseline(lineTop, cell.Style), lines[i], cell.Style));
        }
    }

    private sealed record PreparedCell(LayoutCell Cell, TextStyle Style, List<string> Lines);

    /// <summary>Where a row (or the lines <see cref="From"/>…<see cref="To"/> of a split row) is placed; a copy is a header row printed again.</summary>
    private sealed record RowPlacement(int Row, ComposedPage Page, float Top, int From, int To, bool Copy)
    {
        /// <summary>Lengthened when a merged cell cut by the page break below needs room for its whole text.</summary>
        public float Height { get; set; }
    }
}
