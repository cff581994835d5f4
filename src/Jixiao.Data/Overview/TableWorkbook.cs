using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Data.Overview;

/// <summary>A table to export: its sheet name, a title line above it, Chinese column headers, and rows of text, integers or decimals.</summary>
public sealed record ExportTable(string SheetName, string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// Writes a screen's table as a real .xlsx (Open XML): a bold title merged over the table's width, bold headers on a
/// grey fill, thin borders on every cell, numbers as numbers (万元 with two decimals, counts as integers) so Excel
/// can sum them, the header row frozen and columns wide enough for Chinese text.
/// </summary>
public static class TableWorkbook
{
    private const uint TitleStyle = 1, HeaderStyle = 2, TextStyle = 3, IntegerStyle = 4, MoneyStyle = 5;

    public static byte[] Write(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var columns = table.Headers.Count;
            var data = new SheetData();
            data.Append(RowOf(1, [table.Title], TitleStyle));
            data.Append(RowOf(2, table.Headers.Cast<object?>().ToList(), HeaderStyle));
            var r = 3u;
            foreach (var row in table.Rows) data.Append(RowOf(r++, row, null));
            var worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = 2, TopLeftCell = "A3", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
                }) { WorkbookViewId = 0 }),
                new Columns(Enumerable.Range(0, columns).Select(c => new Column
                {
                    Min = (uint)c + 1, Max = (uint)c + 1, CustomWidth = true, Width = WidthOf(table, c),
                })),
                data);
            if (columns > 1) worksheet.Append(new MergeCells(new MergeCell { Reference = $"A1:{ColumnName(columns - 1)}1" }) { Count = 1 });
            sheetPart.Worksheet = worksheet;
            workbook.Workbook.Append(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(table.SheetName),
            }));
        }
        return stream.ToArray();
    }

    private static Row RowOf(uint index, IReadOnlyList<object?> values, uint? style)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < values.Count; c++)
        {
            var reference = ColumnName(c) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(values[c] switch
            {
                int or long => new Cell { CellReference = reference, DataType = CellValues.Number, StyleIndex = style ?? IntegerStyle,
                    CellValue = new CellValue(Convert.ToString(values[c], CultureInfo.InvariantCulture)!) },
                decimal d => new Cell { CellReference = reference, DataType = CellValues.Number, StyleIndex = style ?? MoneyStyle,
                    CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
                var v => new Cell { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style ?? TextStyle,
                    InlineString = new InlineString(new Text(Convert.ToString(v, CultureInfo.InvariantCulture) ?? "") { Space = SpaceProcessingModeValues.Preserve }) },
            });
        }
        return row;
    }

    /// <summary>Wide enough for the longest cell of the column; a Chinese character counts two.</summary>
    private static double WidthOf(ExportTable table, int column)
    {
        static int Width(object? v) => (Convert.ToString(v is decimal d ? d.ToString("N2", CultureInfo.InvariantCulture) : v, CultureInfo.InvariantCulture) ?? "")
            .Sum(ch => ch > 0x2E80 ? 2 : 1);
        var widest = table.Rows.Take(1000).Select(r => column < r.Count ? Width(r[column]) : 0).Append(Width(table.Headers[column])).Max();
        return Math.Clamp(widest + 3, 8, 60);
    }

    /// <summary>Excel refuses sheet names over 31 characters or with []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(ch => "[]:*?/\\".IndexOf(ch, StringComparison.Ordinal) < 0).ToArray());
        return clean.Length == 0 ? "表" : clean.Length > 31 ? clean[..31] : clean;
    }

    private static string ColumnName(int column)
    {
        var name = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26) name = (char)('A' + (c - 1) % 26) + name;
        return name;
    }

    private static Stylesheet Styles()
    {
        BorderPropertiesType Thin<T>() where T : BorderPropertiesType, new() =>
            new T { Style = BorderStyleValues.Thin, Color = new Color { Indexed = 64 } };
        return new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "#,##0.00" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "宋体" }))
            { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE7E6E6" }) { PatternType = PatternValues.Solid }))
            { Count = 3 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border((LeftBorder)Thin<LeftBorder>(), (RightBorder)Thin<RightBorder>(), (TopBorder)Thin<TopBorder>(),
                    (BottomBorder)Thin<BottomBorder>(), new DiagonalBorder()))
            { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center })
                    { NumberFormatId = 0, FontId = 2, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
                    { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true },
                new CellFormat { NumberFormatId = 1, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true, ApplyNumberFormat = true })
            { Count = 6 });
    }
}
