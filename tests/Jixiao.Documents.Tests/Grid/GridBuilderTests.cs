using Jixiao.Documents.Grid;
using Xunit;

namespace Jixiao.Documents.Tests.Grid;

/// <summary>The three ways extractors put cells into the neutral model, each with the spans it must keep.</summary>
public class GridBuilderTests
{
    [Fact]
    public void Html_rowspan_and_colspan_cells_fall_into_the_next_free_position()
    {
        var builder = new GridBuilder();
        var t = builder.Table();
        t.Row(); t.Cell("绩效指标", 0, rowSpan: 2); t.Cell("产出指标", 1); t.Cell("数量指标", 2);
        t.Row(); t.Cell("质量指标", 3, columnSpan: 2);
        var table = Assert.IsType<GridTable>(Assert.Single(builder.Build("a.html", "html", _ => 0).Blocks));

        Assert.Equal((2, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("绩效指标", table.TextAt(1, 0));            // covered by the rowspan
        Assert.Equal((1, 1, 2), Where(table, "质量指标"));         // skips the covered first column, spans two
    }

    [Fact]
    public void A_Word_vertical_merge_lengthens_the_cell_above()
    {
        var builder = new GridBuilder();
        var t = builder.Table();
        t.Row(); t.Cell("产出指标", 0); t.Cell("数量指标", 1);
        t.Row(); t.ContinueAbove(2); t.Cell("质量指标", 3);
        t.Row(); t.ContinueAbove(4); t.Cell("时效指标", 5);
        var table = (GridTable)builder.Build("a.docx", "docx", line => line + 1).Blocks.Single();

        var output = table.Cells.Single(c => c.Text == "产出指标");
        Assert.Equal(3, output.RowSpan);
        Assert.Equal((2, 1), (table.Cells.Single(c => c.Text == "时效指标").Row, table.Cells.Single(c => c.Text == "时效指标").Column));
        Assert.Equal(1, output.Page);                                // page from the line it was read on
    }

    [Fact]
    public void Spreadsheet_merged_ranges_are_placed_where_they_are_and_cover_their_cells()
    {
        var builder = new GridBuilder();
        builder.Paragraph("2026年项目支出绩效目标表", 0);
        var t = builder.Table();
        t.Place(0, 0, 2, 1, "项目名称", 1);
        t.Place(0, 0, 1, 1, "ignored: covered by the merge", 1);
        t.Place(0, 1, 1, 3, "法律援助", 1);
        t.Place(1, 1, 1, 1, "120", 2);
        t.Place(1, 2, 1, 1, "万元", 2);
        t.Place(1, 3, 1, 1, "财政拨款", 2);
        var blocks = builder.Build("a.xlsx", "xlsx", _ => 0).Blocks;

        Assert.Equal("2026年项目支出绩效目标表", Assert.IsType<GridParagraph>(blocks[0]).Text);
        var table = Assert.IsType<GridTable>(blocks[1]);
        Assert.Equal(5, table.Cells.Count);
        Assert.Equal((0, 1, 3), Where(table, "法律援助"));
        Assert.Equal("项目名称", table.TextAt(1, 0));
    }

    private static (int Row, int Column, int ColumnSpan) Where(GridTable table, string text)
    {
        var cell = table.Cells.Single(c => c.Text == text);
        return (cell.Row, cell.Column, cell.ColumnSpan);
    }
}
