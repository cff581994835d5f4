using Jixiao.Documents.Diagnostics;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Text;
using UglyToad.PdfPig.Content;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Reads one page into lines in reading order (top to bottom): each ruled table becomes one line per row with its
/// cells separated by tabs; the text outside tables becomes one line per printed line, split into cells at wide
/// gaps (<see cref="LineText.CellGapEm"/>). The same page is also emitted as neutral blocks
/// (<see cref="GridBlock"/>): each ruled table as the cells of its grid with their spans, each printed line outside
/// tables as a paragraph.
/// </summary>
internal static class PageReader
{
    public static List<PageLine> Read(Page page, int pageNumber) => ReadWithBlocks(page, pageNumber).Lines;

    public static (List<PageLine> Lines, List<GridBlock> Blocks) ReadWithBlocks(Page page, int pageNumber)
    {
        var bounds = PageBounds.Visible(page);
        List<Glyph> glyphs;
        using (StageTimes.Measure("pdf: letters")) glyphs = PageGlyphs.Read(page, bounds);
        var result = new List<PageLine>();
        var blocks = new List<GridBlock>();
        if (glyphs.Count == 0) return (result, blocks);
        List<TableGrid> tables;
        using (StageTimes.Measure("pdf: rulings + tables"))
        {
            var (horizontal, vertical) = PageRulings.Read(page);
            tables = TableFinder.Find(horizontal, vertical);
        }

        var placeT = StageTimes.Measure("pdf: page: place glyphs");
        var loose = new List<Glyph>(tables.Count == 0 ? glyphs.Count : glyphs.Count / 2);
        Glyph? previous = null;
        foreach (var g in glyphs)
        {
            var placed = false;
            foreach (var table in tables)
            {
                var cell = table.CellAt(g.CenterX, g.Middle);
                if (cell < 0) continue;
                if (previous is { } p && OverprintsAcrossBorder(table, cell, p, g) is var right and >= 0) cell = right;
                table.Cells[cell].Glyphs.Add(g);
                placed = true;
                break;
            }
            if (!placed) loose.Add(g);
            previous = g;
        }

        placeT.Dispose();
        var looseT = StageTimes.Measure("pdf: page: loose lines");
        CutCellOverflow.Remove(loose, tables, bounds.Bottom, bounds.Top);
        foreach (var line in VisualLine.Cluster(loose))
        {
            var text = LineText.Build(line, splitCells: true);
            if (text.Trim().Length == 0) continue;
            result.Add(new PageLine(text, pageNumber, line.Box, text.Contains('\t'), line.Size, LineText.FirstRunWidth(line)));
            blocks.Add(new GridParagraph(GridText.Clean(text.Replace('\t', ' ')), pageNumber, line.Box));
        }
        looseT.Dispose();
        foreach (var table in tables)
        {
            var printed = new PrintedCell[table.Cells.Count];
            using (StageTimes.Measure("pdf: page: cell text"))
                for (var i = 0; i < printed.Length; i++) printed[i] = CellText(table.Cells[i], table.X(table.Cells[i].LastColumn + 1));
            using (StageTimes.Measure("pdf: page: table rows")) result.AddRange(TableRows(table, printed, pageNumber));
            using (StageTimes.Measure("pdf: page: table block"))
                if (TableBlock(table, printed, pageNumber) is { } block) blocks.Add(block);
        }
        // Tables and loose lines interleave by their top edge; a stable sort keeps each table's rows in order.
        // Em boxes of text at the very edge may reach a point past the page: located evidence stays on the page.
        for (var i = 0; i < result.Count; i++)
        {
            var b = result[i].Box;
            var clamped = new PageBox(Math.Max(b.Left, bounds.Left), Math.Max(b.Bottom, bounds.Bottom), Math.Min(b.Right, bounds.Right), Math.Min(b.Top, bounds.Top));
            if (clamped != b) result[i] = result[i] with { Box = clamped };
        }
        return ([.. result.OrderByDescending(l => l.Top)], [.. blocks.OrderByDescending(b => b.Box?.Top ?? 0)]);
    }

    /// <summary>
    /// The table as neutral cells: every cell of its grid (empty ones too, so the structure is whole) with its atom
    /// rows and columns as spans; null when no cell has text. A cell cut by the page break keeps that fact
    /// (<see cref="GridCell.OpenAbove"/>), so the parts of one cell on two pages can be joined.
    /// </summary>
    private static GridTable? TableBlock(TableGrid table, PrintedCell[] printed, int pageNumber)
    {
        if (printed.All(p => p.Text.Length == 0)) return null;
        var cells = new List<GridCell>(table.Cells.Count);
        for (var i = 0; i < table.Cells.Count; i++)
        {
            var cell = table.Cells[i];
            var box = new PageBox(VisualLine.Round(table.X(cell.FirstColumn)), VisualLine.Round(table.Y(cell.LastRow + 1)),
                VisualLine.Round(table.X(cell.LastColumn + 1)), VisualLine.Round(table.Y(cell.FirstRow)));
            cells.Add(new GridCell(cell.FirstRow, cell.FirstColumn, cell.LastRow - cell.FirstRow + 1, cell.LastColumn - cell.FirstColumn + 1,
                GridText.Clean(printed[i].Text), pageNumber, box)
            {
                OpenAbove = table.OpenAbove(cell),
                OpenBelow = table.OpenBelow(cell),
            });
        }
        return GridTable.Create(cells, new PageBox(VisualLine.Round(table.Left), VisualLine.Round(table.Bottom), VisualLine.Round(table.Right), VisualLine.Round(table.Top)));
    }

    /// <summary>
    /// A right-aligned number wider than its cell starts over the border, drawn over the end of the text of the cell
    /// to its left (北京 预算13表: <c>57.000000</c> after <c>107.000000</c>, its <c>5</c> overprinting the last <c>0</c>).
    /// A glyph that overlaps the glyph drawn before it on the same baseline by over a third of its width and reaches
    /// across into the next cell belongs to that cell: a cell's own text is never drawn over itself (fake bold, the
    /// same character drawn twice, is left alone). Returns that cell, or -1.
    /// </summary>
    private static int OverprintsAcrossBorder(TableGrid table, int cell, Glyph previous, Glyph g)
    {
        if (g.Text == previous.Text || Math.Abs(g.Baseline - previous.Baseline) > 0.1 * g.Size) return -1;
        var width = g.Right - g.Left;
        if (width <= 0 || g.Left > previous.Right - width / 3 || g.Left < previous.Left) return -1;
        if (table.CellAt(previous.CenterX, previous.Middle) != cell) return -1;
        var right = table.CellAt(g.Right - 0.05 * width, g.Middle);
        return right >= 0 && right != cell ? right : -1;
    }

    /// <summary>
    /// One line per atom row that begins at least one cell with text. A cell spanning several columns appears once;
    /// a cell continued from the row above (merged vertically) is an empty cell, so the readers let it inherit the
    /// text above, as they do for Word tables. Where the producer drew no cell at the start of a row (borders of a
    /// merged cell closed early), the cells the row above had there count as empty cells, keeping the columns in place.
    /// </summary>
    private static List<PageLine> TableRows(TableGrid table, PrintedCell[] printed, int pageNumber)
    {
        var texts = new string[table.Cells.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = printed[i].Text;
        // Columns empty from top to bottom at the table's left edge are a page frame or margin, not a column the
        // readers should count: leaving them out keeps the first printed cell of each row first. (Empty columns on
        // the right are kept: a trailing empty cell misleads no reader, and an empty 其他资金 is such a cell.)
        var firstColumn = int.MaxValue;
        for (var i = 0; i < texts.Length; i++)
            if (texts[i].Length > 0) firstColumn = Math.Min(firstColumn, table.Cells[i].FirstColumn);
        if (firstColumn == int.MaxValue) return [];
        var rows = new List<PageLine>();
        var seen = new HashSet<int>();
        var cells = new List<RowCell>();
        var slots = new List<int>();
        var previousSlots = new List<int>();
        for (var r = 0; r < table.RowCount; r++)
        {
            seen.Clear();
            slots.Clear();
            cells.Clear();
            PageBox? box = null;
            double size = 0;
            var filled = -1;
            var filledCount = 0;
            var inherits = false;
            for (var c = firstColumn; c < table.ColumnCount; c++)
            {
                var index = table.CellIndex(r, c);
                if (index < 0 || !seen.Add(index)) continue;
                var cell = table.Cells[index];
                if (cell.FirstColumn < firstColumn) continue;
                if (slots.Count == 0)
                {
                    // The row starts right of where the row above started: the producer drew no cell there (a merged
                    // cell it closed early). The row above's cells left of this one continue here, as empty cells.
                    foreach (var start in previousSlots)
                    {
                        if (start >= c) break;
                        slots.Add(start);
                        cells.Add(new RowCell("", 0, 0, false, false));
                        inherits = true;
                    }
                }
                slots.Add(c);
                var own = cell.FirstRow == r;
                inherits |= !own;
                var text = own ? texts[index] : "";
                cells.Add(new RowCell(text, table.X(cell.FirstColumn), table.X(cell.LastColumn + 1), own && table.OpenAbove(cell), table.OpenBelow(cell))
                {
                    LastLineRoom = own ? printed[index].LastLineRoom : double.PositiveInfinity,
                    FirstRunWidth = own ? printed[index].FirstRunWidth : 0,
                    Size = own ? printed[index].Size : 0,
                });
                if (text.Length == 0) continue;
                filled = cells.Count - 1;
                filledCount++;
                var cellBox = new PageBox(VisualLine.Round(table.X(cell.FirstColumn)), VisualLine.Round(table.Y(cell.LastRow + 1)),
                    VisualLine.Round(table.X(cell.LastColumn + 1)), VisualLine.Round(table.Y(cell.FirstRow)));
                box = box is { } b ? b.Union(cellBox) : cellBox;
                foreach (var g in cell.Glyphs) size = Math.Max(size, g.Size);
            }
            (previousSlots, slots) = (slots, previousSlots);
            if (filledCount == 0) continue;
            // A title printed in the first, wide cell of a sheet's top row (预算05表 一般公共预算支出表⇥) is a line of its
            // own, not a row with empty cells: the readers recognise titles as lines without tabs. Rows further down
            // (合计⇥⇥⇥) and a row that inherits a cell from the row above (⇥用于法律援助经费) stay rows.
            if (rows.Count == 0 && filledCount == 1 && filled == 0 && !inherits && cells[0].Right - cells[0].Left >= 0.5 * (table.Right - table.Left))
            {
                rows.Add(new PageLine(cells[filled].Text, pageNumber, box!.Value, true, size));
                continue;
            }
            rows.Add(new PageLine(string.Join('\t', cells.Select(x => x.Text)), pageNumber, box!.Value, true, size) { Cells = [.. cells] });
        }
        return rows;
    }

    /// <summary>
    /// The cell's printed lines joined into one text. A wrapped line joins the next directly (a wrapped cell is one
    /// value, <see cref="LineText.JoinWrapped"/>). A paragraph break inside the cell is joined by a space, as PDF
    /// text of a multi-paragraph cell reads (<c>1.应援优援 2.法律援助机构…</c>); a line ends a paragraph when the next
    /// line starts a numbered item, or when the first unbreakable run of the next line (a CJK character, or a number
    /// or word with its brackets) would have fitted in the room left before the cell's border — the producer would
    /// have put it there had the paragraph gone on.
    /// </summary>
    private static PrintedCell CellText(TableCell cell, double cellRight)
    {
        var empty = new PrintedCell("", double.PositiveInfinity, 0, 0);
        if (cell.Glyphs.Count == 0) return empty;
        var text = "";
        VisualLine? first = null;
        VisualLine? previous = null;
        foreach (var line in VisualLine.Cluster(cell.Glyphs))
        {
            var lineText = LineText.Build(line, splitCells: false).TrimStart();
            if (lineText.Trim().Length == 0) continue;
            if (previous is not null && text.Length > 0 && (ListMarker.StartsWith(lineText) || EndsParagraph(previous, line, cellRight)))
                text = text.TrimEnd() + " " + lineText;
            else
                text = LineText.JoinWrapped(text, lineText);
            first ??= line;
            previous = line;
        }
        if (first is null || previous is null) return empty;
        // A tab inside a cell would split the row for the readers.
        return new PrintedCell(text.Replace('\t', ' ').Trim(), cellRight - CellPadding - previous.Right, LineText.FirstRunWidth(first), first.Size);
    }

    /// <summary>A cell's text with what <see cref="SplitRows"/> needs to tell whether it goes on past a page break.</summary>
    private readonly record struct PrintedCell(string Text, double LastLineRoom, double FirstRunWidth, double Size);

    /// <summary>Cell padding of Word and LibreOffice tables is 0.19 cm (5.4 pt); allow a little more.</summary>
    private const double CellPadding = 6;

    private static bool EndsParagraph(VisualLine previous, VisualLine next, double cellRight)
    {
        var room = cellRight - CellPadding - previous.Right;
        return room > LineText.FirstRunWidth(next) + 0.25 * previous.Size;
    }
}
