using Jixiao.Documents.Publishing.Layout;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// 把与格式无关的块（表名行、表格）画成一张工作表：表格的每格放在它的栏上，跨行跨列的格合并；标签格加粗。
/// Word、PDF 画同一个 <see cref="LayoutTable"/>，所以三种格式的表格一致。
/// </summary>
internal static class LayoutSheet
{
    public static SheetGrid Of(IEnumerable<LayoutBlock> blocks)
    {
        var grid = new SheetGrid { FitToPageWidth = true };
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    grid.AddRow(text.Role is TextRole.SectionHeading or TextRole.PartHeading ? XlsxCell.Label(text.Text) : XlsxCell.Plain(text.Text));
                    break;
                case TableCaptionBlock caption:
                    grid.AddRow(XlsxCell.Optional(caption.Left), XlsxCell.Optional(caption.Right));
                    break;
                case TableBlock table:
                    Table(grid, table.Table);
                    break;
            }
        }
        return grid;
    }

    private static void Table(SheetGrid grid, LayoutTable table)
    {
        foreach (var row in table.Rows)
        {
            var cells = new XlsxCell?[table.GridColumns];
            foreach (var cell in row.Cells)
                if (cell.Lines.Count > 0) cells[cell.Column] = cell.IsHeader ? XlsxCell.Label(cell.Text) : XlsxCell.Figure(cell.Text) ?? XlsxCell.Plain(cell.Text);
            // Every position is written ruled, the ones a merge covers too, so the printed table has all its lines.
            var r = grid.AddRuledRow(cells);
            foreach (var cell in row.Cells)
                grid.Merge(cell.Column, r, cell.Column + cell.ColumnSpan - 1, r + cell.RowSpan - 1);
        }
    }
}
