using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// Publishes a <see cref="TargetDocument"/> as an .xlsx workbook the way finance staff keep these tables:
/// a 「整体目标」 sheet when the document has a 部门整体绩效目标, one 项目绩效目标表 sheet per project (in
/// document order) and one sheet per 部门预算公开 table. Values are written exactly as the document wrote them.
/// </summary>
public static class XlsxPublisher
{
    public static void Write(TargetDocument doc, Stream output)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(output);
        using var spreadsheet = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        // Fast deflate: the sheets are small and repetitive, and publishing a 40-sheet workbook should take milliseconds.
        spreadsheet.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
        var workbookPart = spreadsheet.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStyles.Create();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        var names = new SheetNames();

        void AddSheet(string wantedName, string fallback, SheetGrid grid)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            grid.WriteTo(part);
            sheets.Append(new Sheet
            {
                Id = workbookPart.GetIdOfPart(part),
                SheetId = (uint)(sheets.ChildElements.Count + 1),
                Name = names.Take(wantedName, fallback),
            });
        }

        if (doc.Overall is { } overall)
            AddSheet(OverallSheetWriter.SheetName, "整体目标", OverallSheetWriter.Write(doc, overall));
        for (var i = 0; i < doc.Projects.Count; i++)
            AddSheet(ProjectSheetWriter.SheetName(i + 1, doc.Projects.Count, doc.Projects[i]), "项目" + (i + 1),
                ProjectSheetWriter.Write(doc, doc.Projects[i]));
        for (var i = 0; i < doc.BudgetTables.Count; i++)
            AddSheet(BudgetTableSheetWriter.SheetName(i + 1, doc.BudgetTables[i]), "表" + (i + 1),
                BudgetTableSheetWriter.Write(doc.BudgetTables[i]));
        // A workbook needs at least one sheet; an empty document still opens.
        if (sheets.ChildElements.Count == 0)
            AddSheet("空", "Sheet1", EmptySheet());
    }

    private static SheetGrid EmptySheet()
    {
        var grid = new SheetGrid();
        grid.AddRow(XlsxCell.Plain("本文档没有整体目标、项目或预算公开表。"));
        return grid;
    }
}
