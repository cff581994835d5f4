using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// Writes a 绩效指标 table: 一级/二级/三级指标, then only those of 绩效指标描述, 指标性质, 指标值, 权重 and
/// 指标值确定依据 the document has. 一级 cells are merged over the consecutive rows sharing them, 二级 cells
/// over the consecutive rows sharing both 一级 and 二级, as the printed tables do.
/// </summary>
internal static class IndicatorTableWriter
{
    private sealed record IndicatorColumn(string Header, Func<Indicator, XlsxCell?> Cell, bool Always);

    private static readonly IndicatorColumn[] Columns =
    [
        new("一级指标", i => XlsxCell.Optional(i.Level1), true),
        new("二级指标", i => XlsxCell.Optional(i.Level2), true),
        new("三级指标", i => XlsxCell.Optional(i.Name), true),
        new("绩效指标描述", i => XlsxCell.Optional(i.Description), false),
        new("指标性质", i => XlsxCell.Optional(i.Nature), false),
        new("指标值", i => XlsxCell.Optional(i.Value), true),
        new("权重", i => XlsxCell.Figure(i.Weight), false),
        new("指标值确定依据", i => XlsxCell.Optional(i.Basis), false),
    ];

    private const int Level1Column = 0;
    private const int Level2Column = 1;

    /// <summary>The headers this list of indicators is written with.</summary>
    public static IReadOnlyList<string> HeadersFor(IReadOnlyList<Indicator> indicators) =>
        ColumnsFor(indicators).Select(c => c.Header).ToList();

    public static void Write(SheetGrid grid, IReadOnlyList<Indicator> indicators)
    {
        if (indicators.Count == 0) return;
        var columns = ColumnsFor(indicators);
        grid.AddRow(columns.Select(c => (XlsxCell?)XlsxCell.Label(c.Header)).ToList());
        var firstRow = grid.NextRow;
        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var cells = columns.Select(c => c.Cell(indicator)).ToList();
            // Inside a merged range only the top cell carries the text, as Excel itself keeps it.
            if (i > 0 && SameLevel1(indicators[i - 1], indicator))
            {
                cells[Level1Column] = null;
                if (SameLevel2(indicators[i - 1], indicator)) cells[Level2Column] = null;
            }
            grid.AddRow(cells);
        }
        MergeRuns(grid, indicators, firstRow, Level1Column, SameLevel1);
        MergeRuns(grid, indicators, firstRow, Level2Column, SameLevel2);
    }

    private static bool SameLevel1(Indicator a, Indicator b) => a.Level1 is not null && a.Level1 == b.Level1;

    private static bool SameLevel2(Indicator a, Indicator b) => SameLevel1(a, b) && a.Level2 is not null && a.Level2 == b.Level2;

    private static void MergeRuns(SheetGrid grid, IReadOnlyList<Indicator> indicators, int firstRow, int column, Func<Indicator, Indicator, bool> same)
    {
        var start = 0;
        for (var i = 1; i <= indicators.Count; i++)
        {
            if (i < indicators.Count && same(indicators[i - 1], indicators[i])) continue;
            grid.MergeDown(column, firstRow + start, firstRow + i - 1);
            start = i;
        }
    }

    private static List<IndicatorColumn> ColumnsFor(IReadOnlyList<Indicator> indicators) =>
        Columns.Where(c => c.Always || indicators.Any(i => c.Cell(i) is not null)).ToList();
}
