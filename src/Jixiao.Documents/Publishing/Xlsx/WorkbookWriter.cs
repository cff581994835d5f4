using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// 一个工作簿的共同部分：建工作簿和样式，每个项目一张表（表名“01 项目名”，按 Excel 的规矩截短、去重），没有项目时
/// 写一张“空”表说明原因。10号自评表、136号监控表和印出的自评表都经过这里，不再各抄一份。
/// </summary>
internal static class WorkbookWriter
{
    public static void Write(Stream output, IReadOnlyList<(string Name, SheetGrid Grid)> sheets, string emptyNote)
    {
        using var spreadsheet = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = spreadsheet.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
        var list = workbookPart.Workbook.AppendChild(new Sheets());
        var names = new SheetNames();
        if (sheets.Count == 0)
        {
            var grid = new SheetGrid();
            grid.AddRow(XlsxCell.Plain(emptyNote));
            sheets = [("空", grid)];
            Append(workbookPart, list, grid, 1, "空");
            return;
        }
        for (var i = 0; i < sheets.Count; i++)
            Append(workbookPart, list, sheets[i].Grid, (uint)(i + 1),
                names.Take((i + 1).ToString("D2", CultureInfo.InvariantCulture) + " " + sheets[i].Name, "项目" + (i + 1)));
    }

    private static void Append(WorkbookPart workbookPart, Sheets list, SheetGrid grid, uint id, string name)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        grid.WriteTo(part);
        list.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
    }
}
