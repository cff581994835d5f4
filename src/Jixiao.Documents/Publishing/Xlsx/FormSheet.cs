using Jixiao.Documents.Publishing.Layout;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// 把一张工作表的块画成正式表样（issue 20 第 6 项）：表格的格按 <see cref="LayoutTable"/> 的跨行跨列合并、每一格都画细框线
/// （合并区里的格也画，打印出来线是全的），标签格加粗居中；每张表都铺满工作表的全部栏（栏数少的表按比例合并栏），
/// 表名、单位行和正文各占一行并跨满整个宽度。字体宋体，栏宽按 A4 纸（纵向约 92 个字符宽，横向约 138 个）分配，
/// 打印时缩到一页宽。自动换行的合并格 Excel 不会自己长高，所以行高按文字估算。每张表后空一行：读回时空行把表与
/// 后面的段落分开（Sources/Office/XlsxSheetGrid）。
/// </summary>
internal static class FormSheet
{
    /// <summary>A4 纵向、左右各 0.5 英寸页边时，一页宽约合多少个 Excel 字符宽度单位（宋体 11 磅）。</summary>
    public const double PortraitWidth = 92;

    /// <summary>A4 横向的同一宽度。</summary>
    public const double LandscapeWidth = 138;

    /// <summary>宋体 11 磅一行的高度（磅）。</summary>
    private const double LineHeight = 14.25;
    private const double MinimumRowHeight = 18;
    private const double TitleRowHeight = 30;

    public static SheetGrid Of(WorkbookLayout.Sheet sheet)
    {
        var columns = Math.Max(1, sheet.Blocks.OfType<TableBlock>().Select(t => t.Table.GridColumns).DefaultIfEmpty(1).Max());
        var widths = Widths(sheet.Blocks, columns, sheet.Landscape ? LandscapeWidth : PortraitWidth);
        var grid = new SheetGrid { FitToPageWidth = true, Landscape = sheet.Landscape, FixedWidths = widths };
        foreach (var block in sheet.Blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    TextRow(grid, widths, text.Text, StyleOf(text));
                    break;
                case TableCaptionBlock caption:
                    // Word prints both on one baseline; here each is a row, so each stays a paragraph when read back.
                    if (caption.Left is { Length: > 0 } left) TextRow(grid, widths, left, (uint)XlsxStyle.Wrapped);
                    if (caption.Right is { Length: > 0 } right) TextRow(grid, widths, right, XlsxStyles.Of(FormStyle.RightAligned));
                    break;
                case TableBlock table:
                    Table(grid, widths, table.Table);
                    grid.Skip();
                    break;
            }
        }
        return grid;
    }

    private static uint StyleOf(TextBlock text) => text.Role switch
    {
        TextRole.CoverTitle or TextRole.CoverSubtitle or TextRole.PartHeading => XlsxStyles.Of(FormStyle.Title),
        // A table's title (N.项目名称绩效目标表, 表1 收支总表) is the form's title; 一、总体绩效目标 is a heading.
        TextRole.SectionHeading => text.Text.EndsWith('表') ? XlsxStyles.Of(FormStyle.Title) : XlsxStyles.Of(FormStyle.Heading),
        TextRole.UnitLine => XlsxStyles.Of(FormStyle.Heading),
        TextRole.MoneyUnitLine => XlsxStyles.Of(FormStyle.RightAligned),
        _ => (uint)XlsxStyle.Wrapped,
    };

    /// <summary>One line of text across the whole width (merged), as tall as its wrapped lines.</summary>
    private static void TextRow(SheetGrid grid, IReadOnlyList<double> widths, string text, uint style)
    {
        if (text.Length == 0) return;
        var cells = new (XlsxCell, uint)?[widths.Count];
        cells[0] = (XlsxCell.Plain(text), style);
        var height = style == XlsxStyles.Of(FormStyle.Title)
            ? TitleRowHeight
            : Math.Max(MinimumRowHeight, Lines([text], widths.Sum()) * LineHeight + 4);
        var row = grid.AddStyledRow(cells, height);
        grid.Merge(0, row, widths.Count - 1, row);
    }

    private static void Table(SheetGrid grid, IReadOnlyList<double> widths, LayoutTable table)
    {
        var columns = widths.Count;
        // The table's grid column c starts at sheet column Map(c): a table narrower than the sheet is spread over it.
        int Map(int c) => c * columns / table.GridColumns;
        var codeColumns = CodeColumns(table);
        var heights = new double[table.Rows.Count];
        Array.Fill(heights, MinimumRowHeight);
        for (var r = 0; r < table.Rows.Count; r++)
            foreach (var cell in table.Rows[r].Cells)
            {
                var width = Enumerable.Range(Map(cell.Column), Map(cell.Column + cell.ColumnSpan) - Map(cell.Column)).Sum(c => widths[c]);
                var needed = Lines(cell.Lines, width) * LineHeight + 4;
                for (var k = 0; k < cell.RowSpan && r + k < heights.Length; k++)
                    heights[r + k] = Math.Max(heights[r + k], needed / cell.RowSpan);
            }
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            // Every position ruled, those a merge covers too (rows spanned from above included), so all lines print.
            var cells = new (XlsxCell, uint)?[columns];
            for (var c = 0; c < columns; c++) cells[c] = (XlsxCell.Plain(""), XlsxStyles.Of(FormStyle.RuledText));
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var cell = row.Cells[i];
                var previous = i > 0 ? row.Cells[i - 1] : null;
                var isCode = codeColumns.Contains(cell.Column) || previous is { IsHeader: true } && NamesCode(previous.Text);
                cells[Map(cell.Column)] = Cell(cell, isCode);
            }
            var rowNumber = grid.AddStyledRow(cells, heights[r]);
            foreach (var cell in row.Cells)
                grid.Merge(Map(cell.Column), rowNumber, Map(cell.Column + cell.ColumnSpan) - 1, rowNumber + cell.RowSpan - 1);
        }
    }

    private static (XlsxCell, uint) Cell(LayoutCell cell, bool isCode)
    {
        var text = cell.Text;
        if (cell.IsHeader) return (XlsxCell.Plain(text), XlsxStyles.Of(FormStyle.RuledLabel));
        // Amounts, weights and budget-table figures as numbers (they can be summed), written exactly as printed;
        // codes, and figures Excel could not hold exactly (more than 15 digits), stay text.
        if (!isCode && PlainDecimal.IsMatch(text) && text.Count(char.IsAsciiDigit) <= 15)
            return (new XlsxCell(text, true, XlsxStyle.Normal), SheetGrid.RuledNumberStyle(text));
        return (XlsxCell.Plain(text), XlsxStyles.Of(FormStyle.RuledText));
    }

    /// <summary>Grid columns whose header (the row repeated on each page) names a code: 科目编码, 功能分类科目代码 ….</summary>
    private static HashSet<int> CodeColumns(LayoutTable table)
    {
        var result = new HashSet<int>();
        foreach (var row in table.Rows.Where(r => r.RepeatsOnEachPage))
            foreach (var cell in row.Cells.Where(c => c.IsHeader && NamesCode(c.Text)))
                for (var c = cell.Column; c < cell.Column + cell.ColumnSpan; c++) result.Add(c);
        return result;
    }

    private static bool NamesCode(string header) =>
        header.Contains("编码", StringComparison.Ordinal) || header.Contains("代码", StringComparison.Ordinal)
        || header.Contains("编号", StringComparison.Ordinal);

    /// <summary>
    /// Sheet column widths that fill the page: the widest table's weights (its label column as wide as the others,
    /// as the Word tables print it) scaled to <paramref name="total"/>.
    /// </summary>
    private static double[] Widths(IReadOnlyList<LayoutBlock> blocks, int columns, double total)
    {
        var widest = blocks.OfType<TableBlock>().Select(t => t.Table).FirstOrDefault(t => t.GridColumns == columns);
        var weights = widest?.ColumnWeights ?? Enumerable.Repeat(1.0, columns).ToList();
        var sum = weights.Sum();
        return [.. weights.Select(w => Math.Round(total * w / sum, 2))];
    }

    /// <summary>Lines the paragraphs take in a cell <paramref name="width"/> characters wide (CJK characters count two).</summary>
    private static int Lines(IReadOnlyList<string> paragraphs, double width)
    {
        var usable = Math.Max(2, width - 1);
        var lines = 0;
        foreach (var paragraph in paragraphs)
        {
            double w = 0;
            foreach (var c in paragraph) w += c >= 0x1100 ? 2 : 1;
            lines += Math.Max(1, (int)Math.Ceiling(w / usable));
        }
        return Math.Max(1, lines);
    }
}
