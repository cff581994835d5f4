using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>
/// A bordered, fixed-layout table on a grid whose first column is the label column and whose other
/// columns share the rest of the text width. A row of <c>k</c> cells spreads its cells over the grid
/// with gridSpan, the first cell always on the label column, so that vertical merges (vMerge) in the
/// first column stay aligned whatever the row shape.
/// </summary>
internal sealed class DocxTable
{
    private readonly int[] _widths;

    public DocxTable(int gridColumns, int textWidth, int labelWidth)
    {
        GridColumns = gridColumns;
        _widths = new int[gridColumns];
        _widths[0] = gridColumns == 1 ? textWidth : labelWidth;
        var rest = textWidth - _widths[0];
        for (var i = 1; i < gridColumns; i++) _widths[i] = rest / (gridColumns - 1);
        var grid = new TableGrid();
        foreach (var w in _widths) grid.Append(new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Table = new Table(
            new TableProperties(
                new TableStyle { Val = DocxStyles.Table },
                new TableWidth { Width = textWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            grid);
    }

    public int GridColumns { get; }

    public Table Table { get; }

    /// <summary>Appends a row of cells spread over the whole grid (see the class remarks).</summary>
    public TableRow AddRow(IReadOnlyList<CellContent> cells, bool header = false)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new CantSplit(), new TableHeader()));
        else row.Append(new TableRowProperties(new CantSplit()));
        var spans = Spread(cells.Count);
        var column = 0;
        for (var i = 0; i < cells.Count; i++)
        {
            var width = 0;
            for (var c = column; c < column + spans[i]; c++) width += _widths[c];
            row.Append(Cell(cells[i], spans[i], width));
            column += spans[i];
        }
        Table.Append(row);
        return row;
    }

    /// <summary>Grid spans for a row of <paramref name="count"/> cells: first cell on the label column, the rest share the others, earlier cells wider by one when the split is uneven.</summary>
    private int[] Spread(int count)
    {
        if (count > GridColumns)
            throw new ArgumentOutOfRangeException(nameof(count), $"row of {count} cells on a grid of {GridColumns}");
        var spans = new int[count];
        if (count == 1) { spans[0] = GridColumns; return spans; }
        spans[0] = 1;
        var rest = GridColumns - 1;
        var each = rest / (count - 1);
        var extra = rest % (count - 1);
        for (var i = 1; i < count; i++) spans[i] = each + (i - 1 < extra ? 1 : 0);
        return spans;
    }

    private static TableCell Cell(CellContent content, int span, int width)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1) properties.Append(new GridSpan { Val = span });
        if (content.Merge == MergeRole.Restart) properties.Append(new VerticalMerge { Val = MergedCellValues.Restart });
        else if (content.Merge == MergeRole.Continue) properties.Append(new VerticalMerge { Val = MergedCellValues.Continue });
        var cell = new TableCell(properties);
        // Plain cells take their formatting from the table style; only headers name a paragraph style.
        if (content.Merge == MergeRole.Continue || content.Lines.Count == 0)
            cell.Append(new Paragraph());
        else
            foreach (var line in content.Lines)
                cell.Append(content.IsHeader ? DocxParagraphs.Styled(DocxStyles.TableHeader, line) : new Paragraph(DocxParagraphs.TextRun(line)));
        return cell;
    }
}

/// <summary>How a cell takes part in a vertical merge of its column.</summary>
internal enum MergeRole
{
    None,
    Restart,
    Continue,
}

/// <summary>The text of one cell (one paragraph per line; no lines = empty cell), whether it is a header, and its vertical merge.</summary>
internal sealed record CellContent(IReadOnlyList<string> Lines, bool IsHeader = false, MergeRole Merge = MergeRole.None)
{
    public static CellContent Text(string? text) => new(text is null ? [] : [text]);

    public static CellContent Header(string text, MergeRole merge = MergeRole.None) => new([text], IsHeader: true, Merge: merge);

    public static CellContent Continued(bool isHeader = false) => new([], isHeader, MergeRole.Continue);
}
