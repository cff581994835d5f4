using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>
/// Writes one 部门预算公开表 (收支总表, 三公经费表 …): its title, 单位 line, a repeated header row of the
/// table's columns and its rows cell by cell as written. Rows shorter than the header are padded with
/// empty cells so that every column stays in its place.
/// </summary>
internal static class BudgetTableWriter
{
    public static void Write(Body body, TargetDocument document, BudgetTable budgetTable, PageGeometry page)
    {
        body.Append(DocxParagraphs.Styled(DocxStyles.SectionHeading, budgetTable.Title));
        // The table's own unit when the reader found one; otherwise the document's, which the disclosure tables share.
        if ((budgetTable.Unit ?? document.MoneyUnit) is { } unit)
            body.Append(DocxParagraphs.Styled(DocxStyles.MoneyUnitLine, $"单位：{unit.ToChinese()}"));
        var columns = Math.Max(1, Math.Max(budgetTable.Columns.Count, budgetTable.Rows.Count == 0 ? 0 : budgetTable.Rows.Max(r => r.Count)));
        var table = new DocxTable(columns, page.TextWidth, page.LabelColumnWidth);
        table.AddRow([.. Pad(budgetTable.Columns, columns).Select(c => CellContent.Header(c ?? ""))], header: true);
        foreach (var row in budgetTable.Rows)
            table.AddRow([.. Pad(row, columns).Select(CellContent.Text)]);
        body.Append(table.Table);
    }

    private static IEnumerable<string?> Pad(IReadOnlyList<string?> cells, int count)
    {
        for (var i = 0; i < count; i++) yield return i < cells.Count ? cells[i] : null;
    }
}
