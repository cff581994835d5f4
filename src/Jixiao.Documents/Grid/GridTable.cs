using Jixiao.Documents.Text;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 中性模型中的一张表格：单元格带行列与跨度，合并单元格只出现一次；跨页续排的部分已接上（<see cref="LastPage"/>）。
/// 行列号是紧凑的：只有某个单元格从那里开始的行和列才算一行一列（PDF 框线留下的细条不另算）。
/// </summary>
public sealed record GridTable : GridBlock
{
    private readonly int[] _cellAt; // row * ColumnCount + column → index in Cells, -1 where no cell covers it

    public IReadOnlyList<GridCell> Cells { get; }
    public int RowCount { get; }
    public int ColumnCount { get; }
    /// <summary>表格结束的页（跨页表格大于 <see cref="GridBlock.Page"/>）。</summary>
    public int LastPage { get; }

    private GridTable(IReadOnlyList<GridCell> cells, int rows, int columns, int page, int lastPage, PageBox? box) : base(page, box)
    {
        Cells = cells;
        RowCount = rows;
        ColumnCount = columns;
        LastPage = lastPage;
        _cellAt = new int[rows * columns];
        Array.Fill(_cellAt, -1);
        for (var i = 0; i < cells.Count; i++)
            for (var r = cells[i].Row; r <= cells[i].LastRow; r++)
                for (var c = cells[i].Column; c <= cells[i].LastColumn; c++)
                    _cellAt[r * columns + c] = i;
    }

    /// <summary>
    /// 由任意行列号的单元格建表：行列号压缩为连续的序号（只保留有单元格开始的行和列），跨度随之换算；
    /// 单元格按行、列排序。<paramref name="box"/> 为表格在首页上的版面框。
    /// </summary>
    public static GridTable Create(IEnumerable<GridCell> cells, PageBox? box = null)
    {
        var list = cells.ToList();
        if (list.Count == 0) return new GridTable([], 0, 0, 0, 0, box);
        var rowStarts = list.Select(c => c.Row).Distinct().Order().ToArray();
        var columnStarts = list.Select(c => c.Column).Distinct().Order().ToArray();
        static int Index(int[] starts, int value)
        {
            var i = Array.BinarySearch(starts, value);
            return i >= 0 ? i : ~i - 1;
        }
        var compact = list
            .Select(c =>
            {
                var row = Index(rowStarts, c.Row);
                var column = Index(columnStarts, c.Column);
                return c with
                {
                    Row = row,
                    Column = column,
                    RowSpan = Index(rowStarts, c.LastRow) - row + 1,
                    ColumnSpan = Index(columnStarts, c.LastColumn) - column + 1,
                };
            })
            .OrderBy(c => c.Row).ThenBy(c => c.Column)
            .ToList();
        return new GridTable(compact, rowStarts.Length, columnStarts.Length, list.Min(c => c.Page), list.Max(c => c.Page), box);
    }

    /// <summary>覆盖 (row, column) 的单元格；无框线围起的空位为 null。</summary>
    public GridCell? CellAt(int row, int column) =>
        row < 0 || row >= RowCount || column < 0 || column >= ColumnCount || _cellAt[row * ColumnCount + column] < 0
            ? null
            : Cells[_cellAt[row * ColumnCount + column]];

    /// <summary>(row, column) 处的文字：合并单元格的文字在它覆盖的每一格都读得到。</summary>
    public string TextAt(int row, int column) => CellAt(row, column)?.Text ?? "";

    /// <summary>一行中的单元格，自左至右，每个只出现一次（含从上面跨下来的合并单元格）。</summary>
    public IReadOnlyList<GridCell> RowCells(int row)
    {
        var result = new List<GridCell>();
        for (var c = 0; c < ColumnCount; c++)
            if (CellAt(row, c) is { } cell && (result.Count == 0 || !ReferenceEquals(result[^1], cell)))
                result.Add(cell);
        return result;
    }

    /// <summary>一行中从这一行开始的、有文字的单元格的文字。</summary>
    public IReadOnlyList<string> OwnTexts(int row) =>
        [.. RowCells(row).Where(c => c.Row == row && !c.IsEmpty).Select(c => c.Text)];

    /// <summary>表格里所有文字（诊断与分类用）。</summary>
    public IEnumerable<string> Texts => Cells.Where(c => !c.IsEmpty).Select(c => c.Text);
}
