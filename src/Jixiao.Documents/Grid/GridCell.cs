using Jixiao.Documents.Text;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 中性模型中的一个单元格：所在行、列（0 起）、跨行、跨列、文字、页码与版面框。一个合并单元格只出现一次，
/// 它覆盖的其余格位置由 <see cref="RowSpan"/>/<see cref="ColumnSpan"/> 给出——读取者不必再从制表符里猜跨度。
/// </summary>
public sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, string Text, int Page, PageBox? Box = null)
{
    public int LastRow => Row + RowSpan - 1;
    public int LastColumn => Column + ColumnSpan - 1;
    public bool Covers(int row, int column) => row >= Row && row <= LastRow && column >= Column && column <= LastColumn;
    public bool IsEmpty => Text.Length == 0;
    /// <summary>PDF：单元格在页的上边被分页切断（上方没有框线），是上一页同一单元格的续。</summary>
    public bool OpenAbove { get; init; }
    /// <summary>PDF：单元格在页的下边被分页切断，下一页还有它的续。</summary>
    public bool OpenBelow { get; init; }
}
