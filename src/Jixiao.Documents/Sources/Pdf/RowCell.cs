namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// One cell of a table row as written on the line: its text, its x-range on the page, and whether it is a merged
/// cell cut by the page break above or below (<see cref="TableGrid.OpenAbove"/>), so the parts of one cell on two
/// pages can be read as the one cell they are (<see cref="PageBreakCells"/>). A cell that only keeps a column in
/// place (drawn by no border on this row) has an empty x-range.
/// </summary>
internal sealed record RowCell(string Text, double Left, double Right, bool OpenAbove, bool OpenBelow)
{
    /// <summary>Room left on the cell's last printed line before its border and padding (points); infinite when empty.</summary>
    public double LastLineRoom { get; init; } = double.PositiveInfinity;

    /// <summary>Width of what the cell's first printed line starts with that cannot be broken (<see cref="LineText.FirstRunWidth"/>).</summary>
    public double FirstRunWidth { get; init; }

    /// <summary>Font size of the cell's text (0 when empty).</summary>
    public double Size { get; init; }

    public bool SameColumn(RowCell other) => Right > Left && Math.Abs(Left - other.Left) <= 2 * PageRulings.Snap && Math.Abs(Right - other.Right) <= 2 * PageRulings.Snap;
}
