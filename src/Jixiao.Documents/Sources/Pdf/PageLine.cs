using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// One output line of a page before paragraphs are joined: either a table row (cells separated by tabs) or a
/// printed line of running text. <see cref="Size"/> and <see cref="Box"/> let the paragraph joiner decide whether
/// the next printed line continues it; <see cref="FirstRunWidth"/> is the width of what the line starts with that
/// could not be broken (<see cref="LineText.FirstRunWidth"/>).
/// </summary>
internal sealed record PageLine(string Text, int Page, PageBox Box, bool IsTableRow, double Size, double FirstRunWidth = 0)
{
    /// <summary>A ruled table row's cells, in the order of <see cref="Text"/>'s tab-separated cells; null for other lines.</summary>
    public IReadOnlyList<RowCell>? Cells { get; init; }

    public double Top => Box.Top;
}
