using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Publishing.Layout;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>
/// Renders a <see cref="LayoutTable"/> (the grid the format-neutral layout decided) as a bordered, fixed-layout Word
/// table: one w:gridCol per grid column with its width from the column weights, gridSpan for a cell spanning columns,
/// vMerge restart on a cell spanning rows and an empty vMerge continue cell in each row it covers below (Word has no
/// row span, only this chain), tblHeader on the rows repeated on every page. Every row is kept on one page (cantSplit).
/// </summary>
internal static class DocxTableWriter
{
    public static Table Write(LayoutTable layout, int textWidth)
    {
        var edges = ColumnEdges(layout.ColumnWeights, textWidth);
        var grid = new TableGrid();
        for (var c = 0; c < layout.GridColumns; c++) grid.Append(new GridColumn { Width = Dxa(edges[c + 1] - edges[c]) });
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.Table },
                new TableWidth { Width = Dxa(textWidth), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            grid);

        // For each grid column: the row (exclusive) down to which a merged cell from above covers it, and its span.
        var mergedUntil = new int[layout.GridColumns];
        var mergedSpan = new int[layout.GridColumns];
        for (var r = 0; r < layout.Rows.Count; r++)
        {
            var source = layout.Rows[r];
            var row = new TableRow(source.RepeatsOnEachPage
                ? new TableRowProperties(new CantSplit(), new TableHeader())
                : new TableRowProperties(new CantSplit()));
            var next = 0;
            for (var column = 0; column < layout.GridColumns;)
            {
                if (mergedUntil[column] > r)
                {
                    var span = mergedSpan[column];
                    row.Append(ContinuedCell(span, edges[column + span] - edges[column]));
                    column += span;
                }
                else if (next < source.Cells.Count && source.Cells[next].Column == column)
                {
                    var cell = source.Cells[next++];
                    row.Append(Cell(cell, edges[column + cell.ColumnSpan] - edges[column]));
                    if (cell.RowSpan > 1) (mergedUntil[column], mergedSpan[column]) = (r + cell.RowSpan, cell.ColumnSpan);
                    column += cell.ColumnSpan;
                }
                else
                {
                    throw new InvalidOperationException($"Layout table row {r} leaves grid column {column} uncovered.");
                }
            }
            table.Append(row);
        }
        return table;
    }

    /// <summary>Left edge of each grid column and the right edge of the last, in dxa; rounding goes to the last column so the widths add up to the text width.</summary>
    private static int[] ColumnEdges(IReadOnlyList<double> weights, int textWidth)
    {
        var total = weights.Sum();
        var edges = new int[weights.Count + 1];
        var running = 0.0;
        for (var c = 0; c < weights.Count; c++)
        {
            running += weights[c];
            edges[c + 1] = c == weights.Count - 1 ? textWidth : (int)Math.Round(textWidth * running / total);
        }
        return edges;
    }

    private static TableCell Cell(LayoutCell cell, int width)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Dxa(width), Type = TableWidthUnitValues.Dxa });
        if (cell.ColumnSpan > 1) properties.Append(new GridSpan { Val = cell.ColumnSpan });
        if (cell.RowSpan > 1) properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
        var result = new TableCell(properties);
        // Plain cells take their formatting from the table style; only labels name a paragraph style.
        if (cell.Lines.Count == 0)
            result.Append(new Paragraph());
        else
            foreach (var line in cell.Lines)
                result.Append(cell.IsHeader ? DocxParagraphs.Styled(DocxStyles.TableHeader, line) : new Paragraph(DocxParagraphs.TextRun(line)));
        return result;
    }

    /// <summary>The cell a merged cell covers in a lower row: same span, no text (a reader lets it inherit from above).</summary>
    private static TableCell ContinuedCell(int span, int width)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Dxa(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        properties.Append(new VerticalMerge { Val = MergedCellValues.Continue });
        return new TableCell(properties, new Paragraph());
    }

    private static string Dxa(int value) => value.ToString(CultureInfo.InvariantCulture);
}
