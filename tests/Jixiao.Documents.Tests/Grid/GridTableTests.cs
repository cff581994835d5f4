using Jixiao.Documents.Grid;
using Jixiao.Documents.Text;
using Xunit;

namespace Jixiao.Documents.Tests.Grid;

public class GridTableTests
{
    [Fact]
    public void Rows_and_columns_no_cell_starts_at_are_compacted_and_spans_follow()
    {
        // Atom columns 0, 2, 3 begin cells; column 1 is a sliver inside the first cell's span.
        var table = GridTable.Create([
            new GridCell(0, 0, 2, 2, "一级指标", 1),
            new GridCell(0, 2, 1, 1, "三级指标", 1),
            new GridCell(0, 3, 1, 1, "指标值", 1),
            new GridCell(1, 2, 1, 1, "办案数", 1),
            new GridCell(1, 3, 1, 1, "≥10件", 1),
        ]);
        Assert.Equal(2, table.RowCount);
        Assert.Equal(3, table.ColumnCount);
        var level1 = table.CellAt(1, 0)!;
        Assert.Equal("一级指标", level1.Text);
        Assert.Equal((0, 0, 2, 1), (level1.Row, level1.Column, level1.RowSpan, level1.ColumnSpan));
        Assert.Equal("一级指标", table.TextAt(1, 0)); // a merged cell is read in every row it covers
        Assert.Equal(["办案数", "≥10件"], table.OwnTexts(1));
        Assert.Equal(3, table.RowCells(1).Count);
    }

    [Fact]
    public void A_position_no_cell_covers_reads_empty()
    {
        var table = GridTable.Create([new GridCell(0, 0, 1, 1, "甲", 1), new GridCell(1, 1, 1, 1, "乙", 1)]);
        Assert.Null(table.CellAt(1, 0));
        Assert.Equal("", table.TextAt(0, 1));
        Assert.Null(table.CellAt(5, 5));
    }
}

public class TableContinuationTests
{
    private static GridCell Cell(int row, int column, string text, int page, double left, double right, double top, bool openAbove = false, bool openBelow = false) =>
        new(row, column, 1, 1, text, page, new PageBox(left, top - 20, right, top)) { OpenAbove = openAbove, OpenBelow = openBelow };

    private static GridTable Table(params GridCell[] cells)
    {
        var t = GridTable.Create(cells);
        var boxes = cells.Select(c => c.Box!.Value).ToList();
        return t with { Box = new PageBox(boxes.Min(b => b.Left), boxes.Min(b => b.Bottom), boxes.Max(b => b.Right), boxes.Max(b => b.Top)) };
    }

    [Fact]
    public void A_table_at_the_top_of_the_next_page_with_the_same_borders_continues_it_and_its_repeated_header_is_dropped()
    {
        var first = Table(Cell(0, 0, "三级指标", 1, 50, 200, 700), Cell(0, 1, "指标值", 1, 200, 300, 700),
                          Cell(1, 0, "办案数", 1, 50, 200, 680), Cell(1, 1, "≥10件", 1, 200, 300, 680));
        var next = Table(Cell(0, 0, "三级指标", 2, 50, 200, 780), Cell(0, 1, "指标值", 2, 200, 300, 780),
                         Cell(1, 0, "满意度", 2, 50, 200, 760), Cell(1, 1, "≥90%", 2, 200, 300, 760));
        var joined = TableContinuation.Join([[new GridParagraph("表一", 1), first], [next]]);
        var table = Assert.Single(joined.OfType<GridTable>());
        Assert.Equal(3, table.RowCount);
        Assert.Equal(["满意度", "≥90%"], table.OwnTexts(2));
        Assert.Equal((1, 2), (table.Page, table.LastPage));
    }

    [Fact]
    public void A_cell_cut_by_the_page_break_becomes_one_cell()
    {
        var first = Table(Cell(0, 0, "资金用途", 1, 50, 200, 700), Cell(0, 1, "用于法律援助", 1, 200, 300, 700, openBelow: true));
        var next = Table(Cell(0, 0, "", 2, 50, 200, 780, openAbove: true), Cell(0, 1, "办案补贴", 2, 200, 300, 780, openAbove: true));
        var joined = TableContinuation.Join([[first], [next]]);
        var table = Assert.Single(joined.OfType<GridTable>());
        Assert.Equal("用于法律援助办案补贴", table.TextAt(0, 1));
        Assert.Equal(2, table.CellAt(0, 1)!.RowSpan);
    }

    [Fact]
    public void A_title_above_the_next_table_or_other_borders_start_a_new_table()
    {
        var first = Table(Cell(0, 0, "三级指标", 1, 50, 200, 700), Cell(0, 1, "指标值", 1, 200, 300, 700));
        var titled = Table(Cell(0, 0, "科目", 2, 50, 200, 760), Cell(0, 1, "金额", 2, 200, 300, 760));
        Assert.Equal(2, TableContinuation.Join([[first], [new GridParagraph("表二", 2, new PageBox(50, 780, 300, 800)), titled]]).OfType<GridTable>().Count());
        var narrower = Table(Cell(0, 0, "科目", 2, 50, 120, 780), Cell(0, 1, "金额", 2, 120, 250, 780));
        Assert.Equal(2, TableContinuation.Join([[first], [narrower]]).OfType<GridTable>().Count());
    }

    [Fact]
    public void The_next_project_form_is_not_the_previous_forms_continuation()
    {
        var first = Table(Cell(0, 0, "项目名称", 1, 50, 200, 700), Cell(0, 1, "法律援助", 1, 200, 300, 700));
        var next = Table(Cell(0, 0, "项目名称", 2, 50, 200, 780), Cell(0, 1, "公证业务", 2, 200, 300, 780));
        Assert.Equal(2, TableContinuation.Join([[first], [next]]).OfType<GridTable>().Count());
    }
}
