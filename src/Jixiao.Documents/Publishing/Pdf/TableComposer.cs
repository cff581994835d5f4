using Jixiao.Documents.Publishing.Layout;

namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>
/// Lays a <see cref="LayoutTable"/> onto pages: column widths from the grid weights over the text width, each cell's
/// text wrapped to its measured width, rows that grow to their tallest cell, every cell top-aligned so that the first
/// lines of a row share one baseline (a reader finds the row's cells on one line). A row that does not fit goes to the
/// next page whole, after the latest header row (指标 header, a disclosure table's header) printed again; a row taller
/// than a page is split between its text lines. A merged cell (一级指标, 预算规模及资金用途 …) is drawn across its rows;
/// where a page break cuts it, each page shows its own part of the merged cell with the label repeated.
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
        _heights = RowHeights();
    }

    public static void Place(PageFlow flow, LayoutTable table)
    {
        var composer = new TableComposer(flow, table);
        composer.PlaceRows();
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
                var last = Math.Min(_cells.Count, r + cell.Cell.RowSpan) - 1;
                var spanned = 0f;
                for (var k = r; k <= last; k++) spanned += heights[k];
                if (spanned < TextHeight(cell)) heights[last] += TextHeight(cell) - spanned;
            }
        return heights;
    }

    private void PlaceRows()
    {
        int? header = null;
        for (var r = 0; r < _cells.Count; r++)
        {
            if (_table.Rows[r].RepeatsOnEachPage) header = r;
            // Space this row needs on the page: itself, the text of merged cells it starts, and the row after a header.
            var need = _heights[r];
            foreach (var cell in _cells[r].Where(c => c.Cell.RowSpan > 1)) need = Math.Max(need, TextHeight(cell));
            if (_table.Rows[r].RepeatsOnEachPage && r + 1 < _cells.Count) need += _heights[r + 1];
            var page = _flow.Geometry.Bottom - _flow.Geometry.Top;
            if (need > _flow.Remaining && need <= page && !_flow.AtPageTop) ContinueOnNewPage(header, r);
            if (_heights[r] <= _flow.Remaining || _flow.AtPageTop && _heights[r] <= page)
            {
                DrawRow(r, 0, int.MaxValue, _heights[r], copy: false);
                continue;
            }
            SplitRow(r, header);
        }
    }

    private void ContinueOnNewPage(int? header, int row)
    {
        _flow.NewPage();
        if (header is { } h && h != row) DrawRow(h, 0, int.MaxValue, _heights[h], copy: true);
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
            if (capacity < 1) { ContinueOnNewPage(header, r); continue; }
            var end = Math.Min(longest, start + capacity);
            DrawRow(r, start, end, (end - start) * lineHeight + 2 * PadY, copy: false);
            start = end;
            if (start < longest) ContinueOnNewPage(header, r);
        }
    }

    /// <summary>Draws the one-row cells of row <paramref name="r"/> (lines <paramref name="from"/> to <paramref name="to"/>) at the cursor.</summary>
    private void DrawRow(int r, int from, int to, float height, bool copy)
    {
        var top = _flow.Y;
        foreach (var cell in _cells[r])
        {
            if (cell.Cell.RowSpan > 1 && !copy) continue;
            var lines = cell.Lines.Skip(from).Take(Math.Max(0, Math.Min(to, cell.Lines.Count) - from)).ToList();
            DrawCell(cell, top, height, lines);
        }
        if (!copy) _placements.Add(new RowPlacement(r, _flow.Page, top, height));
        _flow.Y = top + height;
    }

    /// <summary>Merged cells over the rows they span, one part per page, each part with the cell's text (the label repeated).</summary>
    private void DrawMergedCells()
    {
        for (var r = 0; r < _cells.Count; r++)
            foreach (var cell in _cells[r].Where(c => c.Cell.RowSpan > 1))
            {
                var spanned = _placements.Where(p => p.Row >= r && p.Row < r + cell.Cell.RowSpan).ToList();
                foreach (var part in spanned.GroupBy(p => p.Page))
                {
                    var top = part.Min(p => p.Top);
                    var bottom = part.Max(p => p.Top + p.Height);
                    var fit = Math.Max(1, (int)Math.Floor((bottom - top - 2 * PadY) / cell.Style.LineHeight));
                    DrawCell(cell, top, bottom - top, [.. cell.Lines.Take(fit)], part.Key);
                }
            }
    }

    private void DrawCell(PreparedCell cell, float top, float height, IReadOnlyList<string> lines, ComposedPage? page = null)
    {
        page ??= _flow.Page;
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

    private sealed record RowPlacement(int Row, ComposedPage Page, float Top, float Height);
}
