using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// Collects a sheet row by row (1-based rows, 0-based columns in the API), its merged ranges and the width
/// each column needs, then streams the worksheet in the element order the schema requires (cols, sheetData, mergeCells).
/// </summary>
internal sealed class SheetGrid
{
    /// <summary>Wider text wraps instead of widening the column further (Excel width units ≈ one Latin character).</summary>
    public const double MaxColumnWidth = 50;
    private const double MinColumnWidth = 8;

    private readonly List<(int Row, List<(int Column, XlsxCell Cell, uint Style)> Cells)> _rows = [];
    private readonly List<double> _widths = [];
    private readonly List<string> _merges = [];

    /// <summary>The row the next <see cref="AddRow"/> writes.</summary>
    public int NextRow { get; private set; } = 1;

    /// <summary>Writes one row; null entries are blank cells. Returns the row number.</summary>
    public int AddRow(params IReadOnlyList<XlsxCell?> cells) => AddCells(cells, ruled: false);

    /// <summary>Writes one row of a printed table: every cell (blank ones too) ruled with thin borders.</summary>
    public int AddRuledRow(IReadOnlyList<XlsxCell?> cells) =>
        AddCells([.. cells.Select(c => c ?? XlsxCell.Plain(""))], ruled: true);

    /// <summary>Print the sheet landscape, as wide as one page (a printed table does not split its columns over pages).</summary>
    public bool FitToPageWidth { get; set; }

    /// <summary>With <see cref="FitToPageWidth"/>: landscape (the default) or portrait A4.</summary>
    public bool Landscape { get; set; } = true;

    /// <summary>Column widths (Excel character units) chosen by the caller; they replace the widths measured from the text.</summary>
    public IReadOnlyList<double>? FixedWidths { get; set; }

    private readonly Dictionary<int, double> _heights = [];

    /// <summary>
    /// Writes one row with each cell's cellXfs index given (the official form's styles); null entries are left out.
    /// <paramref name="height"/> in points, for rows whose wrapped text Excel would not grow by itself (merged cells).
    /// </summary>
    public int AddStyledRow(IReadOnlyList<(XlsxCell Cell, uint Style)?> cells, double? height = null)
    {
        var rowIndex = NextRow++;
        var row = new List<(int, XlsxCell, uint)>(cells.Count);
        for (var column = 0; column < cells.Count; column++)
            if (cells[column] is { } c) row.Add((column, c.Cell, c.Style));
        _rows.Add((rowIndex, row));
        if (height is { } h) _heights[rowIndex] = h;
        return rowIndex;
    }

    /// <summary>The cellXfs index of a ruled number cell: as many decimals as were printed (20.00 shows as 20.00).</summary>
    public static uint RuledNumberStyle(string text)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var style = point >= 0 && XlsxStyles.ForDecimals(text.Length - point - 1) is { } decimals ? decimals : (uint)XlsxStyle.Normal;
        return style + XlsxStyles.RuledOffset;
    }

    private int AddCells(IReadOnlyList<XlsxCell?> cells, bool ruled)
    {
        var rowIndex = NextRow++;
        var row = new List<(int, XlsxCell, uint)>(cells.Count);
        for (var column = 0; column < cells.Count; column++)
        {
            if (cells[column] is not { } cell) continue;
            var width = DisplayWidth(cell.Text);
            row.Add((column, cell, StyleOf(cell, width) + (ruled ? XlsxStyles.RuledOffset : 0)));
            Widen(column, width);
        }
        _rows.Add((rowIndex, row));
        return rowIndex;
    }

    /// <summary>Leaves an empty row, e.g. between the form and the indicator table.</summary>
    public void Skip() => NextRow++;

    /// <summary>Merges one column over rows <paramref name="firstRow"/>…<paramref name="lastRow"/> (no-op for a single row).</summary>
    public void MergeDown(int column, int firstRow, int lastRow)
    {
        if (lastRow > firstRow) _merges.Add($"{Reference(column, firstRow)}:{Reference(column, lastRow)}");
    }

    /// <summary>Merges a rectangle: columns <paramref name="column"/>…<paramref name="lastColumn"/> (0-based) over rows
    /// <paramref name="row"/>…<paramref name="lastRow"/> (1-based); no-op for a single cell.</summary>
    public void Merge(int column, int row, int lastColumn, int lastRow)
    {
        if (lastColumn > column || lastRow > row) _merges.Add($"{Reference(column, row)}:{Reference(lastColumn, lastRow)}");
    }

    /// <summary>
    /// Streams the worksheet into <paramref name="part"/> with <see cref="OpenXmlWriter"/> in the element order the
    /// schema requires (cols, sheetData, mergeCells); no DOM is built, which keeps a 40-sheet workbook in milliseconds.
    /// </summary>
    public void WriteTo(WorksheetPart part)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        if (FitToPageWidth) writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (FixedWidths is { Count: > 0 } fixedWidths)
        {
            writer.WriteStartElement(new Columns());
            for (var i = 0; i < fixedWidths.Count; i++)
                writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), CustomWidth = true, Width = fixedWidths[i] });
            writer.WriteEndElement();
        }
        else if (_widths.Count > 0)
        {
            writer.WriteStartElement(new Columns());
            for (var i = 0; i < _widths.Count; i++)
                writer.WriteElement(new Column
                {
                    Min = (uint)(i + 1), Max = (uint)(i + 1), CustomWidth = true,
                    Width = Math.Clamp(_widths[i] + 2, MinColumnWidth, MaxColumnWidth + 2),
                });
            writer.WriteEndElement();
        }
        writer.WriteStartElement(new SheetData());
        foreach (var (rowIndex, cells) in _rows)
        {
            List<OpenXmlAttribute> rowAttributes = [new("r", "", rowIndex.ToString(CultureInfo.InvariantCulture))];
            if (_heights.TryGetValue(rowIndex, out var height))
            {
                rowAttributes.Add(new("ht", "", height.ToString("0.##", CultureInfo.InvariantCulture)));
                rowAttributes.Add(new("customHeight", "", "1"));
            }
            writer.WriteStartElement(new Row(), rowAttributes);
            foreach (var (column, cell, style) in cells) WriteCell(writer, Reference(column, rowIndex), cell, style);
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        if (_merges.Count > 0)
        {
            writer.WriteStartElement(new MergeCells { Count = (uint)_merges.Count });
            foreach (var merge in _merges) writer.WriteElement(new MergeCell { Reference = merge });
            writer.WriteEndElement();
        }
        if (FitToPageWidth)
        {
            writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            writer.WriteElement(new PageSetup { Orientation = Landscape ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0, PaperSize = 9 });
        }
        writer.WriteEndElement();
    }

    /// <summary>"A1"-style reference for a 0-based column and 1-based row.</summary>
    public static string Reference(int column, int row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>Long text wraps; a number gets the format with as many decimals as were printed (20.00 shows as 20.00).</summary>
    private static uint StyleOf(XlsxCell cell, double width)
    {
        if (cell.IsNumber)
        {
            var point = cell.Text.IndexOf('.', StringComparison.Ordinal);
            if (point >= 0 && XlsxStyles.ForDecimals(cell.Text.Length - point - 1) is { } decimals) return decimals;
        }
        return (uint)(cell.Style == XlsxStyle.Normal && width > MaxColumnWidth ? XlsxStyle.Wrapped : cell.Style);
    }

    private static void WriteCell(OpenXmlWriter writer, string reference, XlsxCell cell, uint style)
    {
        // The number's value string is the written text itself, so "13.72" is stored as 13.72, not a float rendering.
        List<OpenXmlAttribute> attributes = [new("r", "", reference), new("t", "", cell.IsNumber ? "n" : "inlineStr")];
        if (style != 0) attributes.Add(new("s", "", style.ToString(CultureInfo.InvariantCulture)));
        writer.WriteStartElement(new Cell(), attributes);
        if (cell.IsNumber)
            writer.WriteElement(new CellValue(cell.Text));
        else
        {
            writer.WriteStartElement(new InlineString());
            writer.WriteElement(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlSafe(cell.Text)) { Space = SpaceProcessingModeValues.Preserve });
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    }

    private void Widen(int column, double width)
    {
        while (_widths.Count <= column) _widths.Add(0);
        _widths[column] = Math.Max(_widths[column], Math.Min(width, MaxColumnWidth));
    }

    /// <summary>Width in Excel character units: CJK and full-width characters take two.</summary>
    private static double DisplayWidth(string text)
    {
        double width = 0;
        foreach (var line in text.Split('\n'))
        {
            double w = 0;
            foreach (var c in line) w += c >= 0x1100 ? 2 : 1;
            width = Math.Max(width, w);
        }
        return width;
    }

    /// <summary>XML 1.0 cannot carry most control characters; a stray one stored before they were stripped would corrupt the file.</summary>
    private static string XmlSafe(string text) => PublishedText.Clean(text);
}
