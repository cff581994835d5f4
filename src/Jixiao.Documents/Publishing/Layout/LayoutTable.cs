namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// A table on a regular grid: <see cref="GridColumns"/> columns whose relative widths are
/// <see cref="ColumnWeights"/> (the first is the label column), rows of cells that span columns to the right and,
/// for merged labels (预算规模及资金用途, 一级指标 …), rows downwards. Every row covers the whole grid.
/// </summary>
public sealed record LayoutTable(int GridColumns, IReadOnlyList<double> ColumnWeights, IReadOnlyList<LayoutRow> Rows);

/// <summary>
/// A table row. <see cref="RepeatsOnEachPage"/> marks a header row printed again at the top of every page the table
/// continues on (the indicator header, a disclosure table's header).
/// </summary>
public sealed record LayoutRow(IReadOnlyList<LayoutCell> Cells, bool RepeatsOnEachPage = false);

/// <summary>
/// A cell starting at grid column <see cref="Column"/>, spanning <see cref="ColumnSpan"/> columns and
/// <see cref="RowSpan"/> rows (rows it covers below have no cell there). <see cref="Lines"/> are its paragraphs
/// (none = an empty cell); a header cell is a label printed in bold.
/// </summary>
public sealed record LayoutCell(IReadOnlyList<string> Lines, int Column, int ColumnSpan, int RowSpan, bool IsHeader)
{
    /// <summary>The text with its paragraphs joined by line breaks.</summary>
    public string Text => string.Join('\n', Lines);
}
