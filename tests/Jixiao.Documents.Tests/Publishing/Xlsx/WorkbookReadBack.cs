using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Tests.Publishing.Xlsx;

/// <summary>One cell read back from a written workbook; FormatCode is its custom number format, null for General.</summary>
public sealed record ReadCell(string Reference, int Row, string Column, string Text, bool IsNumber, string? FormatCode = null);

/// <summary>One worksheet read back: its name, cells in row-major order and merged ranges.</summary>
public sealed record ReadSheet(string Name, IReadOnlyList<ReadCell> Cells, IReadOnlyList<string> Merges)
{
    public IEnumerable<string> Texts => Cells.Select(c => c.Text);

    public ReadCell? At(string reference) => Cells.FirstOrDefault(c => c.Reference == reference);

    /// <summary>The cell right of the first cell in column A whose text is <paramref name="label"/>.</summary>
    public ReadCell? ValueOf(string label)
    {
        var labelCell = Cells.FirstOrDefault(c => c.Column == "A" && c.Text == label);
        return labelCell is null ? null : At("B" + labelCell.Row);
    }
}

/// <summary>Reopens a published workbook with the Open XML SDK, independently of the writer's own types.</summary>
public static class WorkbookReadBack
{
    public static IReadOnlyList<ReadSheet> Read(Stream stream)
    {
        stream.Position = 0;
        using var spreadsheet = SpreadsheetDocument.Open(stream, false);
        var workbookPart = spreadsheet.WorkbookPart!;
        var stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        var cellFormats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        var formatCodes = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var result = new List<ReadSheet>();
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            var cells = new List<ReadCell>();
            foreach (var cell in part.Worksheet.Descendants<Cell>())
            {
                var reference = cell.CellReference!.Value!;
                var column = new string(reference.TakeWhile(char.IsAsciiLetter).ToArray());
                var row = int.Parse(reference[column.Length..], System.Globalization.CultureInfo.InvariantCulture);
                var isNumber = cell.DataType is null || cell.DataType.Value == CellValues.Number;
                var text = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
                string? formatCode = null;
                if (cell.StyleIndex?.Value is { } style && cellFormats[(int)style].NumberFormatId?.Value is { } formatId)
                    formatCode = formatCodes.GetValueOrDefault(formatId);
                cells.Add(new ReadCell(reference, row, column, text, isNumber, formatCode));
            }
            var merges = part.Worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToList();
            result.Add(new ReadSheet(sheet.Name!.Value!, cells, merges));
        }
        return result;
    }
}
