using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Layout;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// Publishes a <see cref="TargetDocument"/> as an .xlsx workbook laid out as the official forms
/// (<see cref="WorkbookLayout"/>): 封面, 部门整体绩效目标 when the document has one, one 项目绩效目标表 per project and one
/// 部门预算公开表 per table — the same tables, merged cells and texts the Word, PDF and HTML publishers print, each drawn
/// ruled by <see cref="FormSheet"/>. Values are written exactly as the document wrote them (docs/publishing-xlsx.md).
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
        foreach (var sheet in WorkbookLayout.From(doc))
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            FormSheet.Of(sheet).WriteTo(part);
            var id = (uint)(sheets.ChildElements.Count + 1);
            sheets.Append(new Sheet
            {
                Id = workbookPart.GetIdOfPart(part),
                SheetId = id,
                Name = names.Take(sheet.Name, "表" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            });
        }
    }
}
