using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Publishing.Xlsx;

namespace Jixiao.Documents.Monitoring;

/// <summary>One table of a screen to export: a sheet name, a title row, the header and the rows as shown.</summary>
public sealed record ExportTable(string SheetName, string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string?>> Rows);

/// <summary>
/// Writes the tables a screen shows as one .xlsx, a sheet each (title, bold header, rows; figures that are plain
/// decimals become number cells so Excel can sum them). The finance overview's 导出 uses it, so every table exports.
/// </summary>
public static class TableWorkbook
{
    public static byte[] Write(IReadOnlyList<ExportTable> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        using var output = new MemoryStream();
        using (var spreadsheet = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = spreadsheet.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var names = new Publishing.Xlsx.SheetNames();
            uint id = 1;
            foreach (var table in tables)
            {
                var grid = new SheetGrid();
                grid.AddRow(XlsxCell.Label(table.Title));
                grid.AddRow(table.Header.Select(h => (XlsxCell?)XlsxCell.Label(h)).ToArray());
                foreach (var row in table.Rows) grid.AddRow(row.Select(XlsxCell.Figure).ToArray());
                var part = workbookPart.AddNewPart<WorksheetPart>();
                grid.WriteTo(part);
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = names.Take(table.SheetName, "表" + id) });
                id++;
            }
        }
        return output.ToArray();
    }
}
