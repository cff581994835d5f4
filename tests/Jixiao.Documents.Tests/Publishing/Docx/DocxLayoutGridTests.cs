using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Publishing.Layout;
using Jixiao.Documents.Tests.Support;
using static Jixiao.Documents.Tests.Publishing.Docx.DocxReading;

namespace Jixiao.Documents.Tests.Publishing.Docx;

/// <summary>
/// The Word tables are the format-neutral layout's tables, not a grid of their own: read back from gridSpan/vMerge,
/// every table of every seed has the layout's cells at the same grid columns with the same column and row spans, the
/// same repeated header rows, and column widths in the layout's proportions.
/// </summary>
public class DocxLayoutGridTests
{
    public static TheoryData<string> AllSeeds => [.. Seeds.All];

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Every_word_table_has_the_grid_of_its_layout_table(string seed)
    {
        var document = Import(seed);
        var expected = PublishedDocument.From(document).Blocks.OfType<TableBlock>().Select(b => b.Table).ToList();
        using var docx = Open(Publish(document));
        var printed = docx.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        Assert.Equal(expected.Count, printed.Count);
        for (var t = 0; t < expected.Count; t++)
        {
            var context = $"{seed} table {t + 1}";
            Assert.True(Describe(expected[t]).SequenceEqual(Describe(ReadGrid(printed[t]))), $"{context}: grid differs");
            AssertWidthsFollowWeights(printed[t], expected[t], context);
        }
    }

    [Fact]
    public void A_project_table_merges_its_labels_over_the_rows_the_layout_spans()
    {
        var document = Import(Seeds.S000);
        using var docx = Open(Publish(document));
        var table = TablesWithHeadings(docx.MainDocumentPart!.Document!.Body!).First(t => t.Heading.EndsWith("绩效目标表", StringComparison.Ordinal)).Table;
        var grid = ReadGrid(table);
        var budget = grid.Rows.SelectMany(r => r.Cells).Single(c => c.Text == "预算规模及资金用途");
        Assert.Equal((0, 1, 2), (budget.Column, budget.ColumnSpan, budget.RowSpan));
        var header = grid.Rows.Single(r => r.Cells[0].Text == "一级指标");
        Assert.True(header.RepeatsOnEachPage);
        Assert.Contains(grid.Rows.SelectMany(r => r.Cells), c => c.Column == 0 && c.RowSpan > 1 && c.Text.EndsWith("指标", StringComparison.Ordinal));
    }

    /// <summary>The Word table as a layout grid: a vMerge continue cell lengthens the cell above it at the same grid column.</summary>
    private static LayoutTable ReadGrid(Table table)
    {
        var columns = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count();
        var rows = new List<(List<GridCell> Cells, bool Repeats)>();
        var open = new Dictionary<int, GridCell>();
        foreach (var tr in table.Elements<TableRow>())
        {
            var cells = new List<GridCell>();
            var column = 0;
            foreach (var tc in tr.Elements<TableCell>())
            {
                var span = tc.TableCellProperties?.GetFirstChild<GridSpan>()?.Val?.Value ?? 1;
                if (VerticalMergeOf(tc) == MergedCellValues.Continue && open.TryGetValue(column, out var above))
                {
                    Assert.Equal(above.ColumnSpan, span);
                    Assert.Equal("", CellText(tc));
                    above.RowSpan++;
                }
                else
                {
                    var cell = new GridCell(CellText(tc), column, span);
                    cells.Add(cell);
                    open[column] = cell;
                }
                column += span;
            }
            Assert.Equal(columns, column);
            rows.Add((cells, tr.TableRowProperties?.GetFirstChild<TableHeader>() is not null));
        }
        return new LayoutTable(columns, [.. Enumerable.Repeat(1.0, columns)],
            [.. rows.Select(r => new LayoutRow([.. r.Cells.Select(c => new LayoutCell(c.Text.Length == 0 ? [] : c.Text.Split('\n'), c.Column, c.ColumnSpan, c.RowSpan, false))], r.Repeats))]);
    }

    private static IEnumerable<string> Describe(LayoutTable table) =>
        table.Rows.Select((row, r) => $"{r}{(row.RepeatsOnEachPage ? "*" : "")}: " +
            string.Join(" | ", row.Cells.Select(c => $"{c.Column}+{c.ColumnSpan}x{c.RowSpan} {c.Text}")))
            .Prepend($"{table.GridColumns} columns");

    private static void AssertWidthsFollowWeights(Table table, LayoutTable layout, string context)
    {
        var widths = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var total = widths.Sum();
        var weights = layout.ColumnWeights.Sum();
        for (var c = 0; c < widths.Count; c++)
            Assert.True(Math.Abs(widths[c] - total * layout.ColumnWeights[c] / weights) <= 1, $"{context}: column {c} is {widths[c]} dxa of {total}");
    }

    private sealed class GridCell(string text, int column, int columnSpan)
    {
        public string Text { get; } = text;
        public int Column { get; } = column;
        public int ColumnSpan { get; } = columnSpan;
        public int RowSpan { get; set; } = 1;
    }
}
