using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// One 部门预算公开表: title, 单位 line (the table's own, else the document's), a header row repeated on every page
/// and the rows cell by cell as written; rows shorter than the header are padded with empty cells. Columns share
/// the width evenly (the tables have up to 14 columns), as every layout table does.
/// </summary>
internal static class BudgetTableLayout
{
    public static void Add(List<LayoutBlock> blocks, TargetDocument document, BudgetTable budgetTable)
    {
        blocks.Add(new TextBlock(TextRole.SectionHeading, budgetTable.Title));
        if ((budgetTable.Unit ?? document.MoneyUnit) is { } unit)
            blocks.Add(new TextBlock(TextRole.MoneyUnitLine, $"单位：{unit.ToChinese()}"));
        var columns = Math.Max(1, Math.Max(budgetTable.Columns.Count, budgetTable.Rows.Count == 0 ? 0 : budgetTable.Rows.Max(r => r.Count)));
        var table = new TableBuilder(columns);
        table.AddRow([.. Pad(budgetTable.Columns, columns).Select(c => string.IsNullOrEmpty(c) ? new CellSpec([], IsHeader: true) : CellSpec.Header(c))], repeatsOnEachPage: true);
        foreach (var row in budgetTable.Rows)
            table.AddRow([.. Pad(row, columns).Select(CellSpec.Text)]);
        blocks.Add(new TableBlock(table.Build()));
    }

    private static IEnumerable<string?> Pad(IReadOnlyList<string?> cells, int count)
    {
        for (var i = 0; i < count; i++) yield return i < cells.Count ? cells[i] : null;
    }
}
