namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// A ruled table on one page, rebuilt from its borders the way tabula's spreadsheet extraction does: the distinct
/// x of its vertical borders and y of its horizontal borders cut the table into a grid of atoms; neighbouring atoms
/// with no border between them belong to one cell (a merged cell). Glyphs are then put into the cell that holds
/// their centre.
/// </summary>
internal sealed class TableGrid
{
    /// <summary>A border counts between two atoms when it covers at least this share of their common edge.</summary>
    private const double MinBorderCoverage = 0.5;

    private readonly double[] _xs;   // ascending
    private readonly double[] _ys;   // descending (top first)
    private readonly int[] _cellOf;  // atom (row * columns + column) → cell index
    private readonly bool[,] _below; // border above atom row r (r = rows: the table's bottom edge) over column c
    private readonly List<TableCell> _cells = [];

    private TableGrid(double[] xs, double[] ys, List<Ruling> horizontal, List<Ruling> vertical)
    {
        _xs = xs;
        _ys = ys;
        var rows = ys.Length - 1;
        var columns = xs.Length - 1;
        // Borders: right[r,c] between atom (r,c) and (r,c+1), with c = -1 the table's left edge; below[r,c] likewise.
        var right = new bool[rows, columns + 1];
        var below = new bool[rows + 1, columns];
        for (var r = 0; r < rows; r++)
            for (var c = 0; c <= columns; c++)
                right[r, c] = HasBorder(vertical, xs[c], ys[r + 1], ys[r]);
        for (var r = 0; r <= rows; r++)
            for (var c = 0; c < columns; c++)
                below[r, c] = HasBorder(horizontal, ys[r], xs[c], xs[c + 1]);
        _below = below;
        var outside = Outside(rows, columns, right, below);
        var parent = new int[rows * columns];
        for (var i = 0; i < parent.Length; i++) parent[i] = i;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (outside[r * columns + c]) continue;
                if (c + 1 < columns && !right[r, c + 1] && !outside[r * columns + c + 1])
                    Union(parent, r * columns + c, r * columns + c + 1);
                if (r + 1 < rows && !below[r + 1, c] && !outside[(r + 1) * columns + c])
                    Union(parent, r * columns + c, (r + 1) * columns + c);
            }
        }
        _cellOf = new int[parent.Length];
        var index = new Dictionary<int, int>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (outside[r * columns + c]) { _cellOf[r * columns + c] = -1; continue; }
                var root = Find(parent, r * columns + c);
                if (!index.TryGetValue(root, out var cell))
                {
                    cell = _cells.Count;
                    index[root] = cell;
                    _cells.Add(new TableCell(r, c));
                }
                _cells[cell].Extend(r, c);
                _cellOf[r * columns + c] = cell;
            }
        }
    }

    /// <summary>
    /// Atoms outside the table's outline: reachable from the grid's edge without crossing a border. A table whose
    /// rows are not all equally wide (a merged cell that the producer closed early, rows of different widths) leaves
    /// such atoms in the grid; they belong to no cell, so they neither swallow glyphs nor join two real cells.
    /// An atom on the top or bottom row that is open there but has a border on its left or right is a column cut by
    /// the page break (a merged cell that goes on over the next page, drawn without the border the page cuts): it is
    /// inside the table.
    /// </summary>
    private static bool[] Outside(int rows, int columns, bool[,] right, bool[,] below)
    {
        var outside = new bool[rows * columns];
        var stack = new Stack<(int R, int C)>();
        void Visit(int r, int c)
        {
            if (r < 0 || r >= rows || c < 0 || c >= columns || outside[r * columns + c]) return;
            outside[r * columns + c] = true;
            stack.Push((r, c));
        }
        for (var r = 0; r < rows; r++)
        {
            if (!right[r, 0]) Visit(r, 0);
            if (!right[r, columns]) Visit(r, columns - 1);
        }
        for (var c = 0; c < columns; c++)
        {
            if (!below[0, c] && !right[0, c] && !right[0, c + 1]) Visit(0, c);
            if (!below[rows, c] && !right[rows - 1, c] && !right[rows - 1, c + 1]) Visit(rows - 1, c);
        }
        while (stack.Count > 0)
        {
            var (r, c) = stack.Pop();
            if (c > 0 && !right[r, c]) Visit(r, c - 1);
            if (c + 1 < columns && !right[r, c + 1]) Visit(r, c + 1);
            if (r > 0 && !below[r, c]) Visit(r - 1, c);
            if (r + 1 < rows && !below[r + 1, c]) Visit(r + 1, c);
        }
        return outside;
    }

    public double Left => _xs[0];
    public double Right => _xs[^1];
    public double Top => _ys[0];
    public double Bottom => _ys[^1];
    public int RowCount => _ys.Length - 1;
    public int ColumnCount => _xs.Length - 1;
    public IReadOnlyList<TableCell> Cells => _cells;

    /// <summary>Builds the table of a group of connected borders; null unless it has at least 2×2 borders.</summary>
    public static TableGrid? Build(List<Ruling> horizontal, List<Ruling> vertical)
    {
        var xs = Distinct(vertical, ascending: true);
        var ys = Distinct(horizontal, ascending: false);
        if (xs.Length < 2 || ys.Length < 2) return null;
        // A grid this fine is a chart or hatching, not a table a department filled in.
        if ((long)xs.Length * ys.Length > 40_000) return null;
        return new TableGrid(xs, ys, horizontal, vertical);
    }

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Bottom && y <= Top;

    /// <summary>The cell holding the point, or -1 outside the table (or its outline).</summary>
    public int CellAt(double x, double y)
    {
        if (!Contains(x, y)) return -1;
        var c = Upper(_xs, x, ascending: true);
        var r = Upper(_ys, y, ascending: false);
        return _cellOf[r * ColumnCount + c];
    }

    /// <summary>The cell goes on above the table's top edge (no border there): a merged cell cut by the page break.</summary>
    public bool OpenAbove(TableCell cell) => cell.FirstRow == 0 && OpenAt(0, cell);

    /// <summary>The cell goes on below the table's bottom edge (no border there): a merged cell cut by the page break.</summary>
    public bool OpenBelow(TableCell cell) => cell.LastRow == RowCount - 1 && OpenAt(RowCount, cell);

    private bool OpenAt(int edge, TableCell cell)
    {
        for (var c = cell.FirstColumn; c <= cell.LastColumn; c++)
            if (_below[edge, c]) return false;
        return true;
    }

    /// <summary>The cell of atom (row, column), -1 outside the table's outline.</summary>
    public int CellIndex(int row, int column) => _cellOf[row * ColumnCount + column];

    public double X(int column) => _xs[column];
    public double Y(int row) => _ys[row];

    private static int Upper(double[] edges, double value, bool ascending)
    {
        // Index of the atom band holding value: edges[i] ≤ value < edges[i+1] (or the reverse for descending).
        var lo = 0;
        var hi = edges.Length - 2;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (ascending ? edges[mid] <= value : edges[mid] >= value) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    private static bool HasBorder(List<Ruling> rulings, double position, double from, double to)
    {
        foreach (var ruling in rulings)
            if (Math.Abs(ruling.Position - position) <= PageRulings.Snap + 0.5 && ruling.Coverage(from, to) >= MinBorderCoverage)
                return true;
        return false;
    }

    private static double[] Distinct(List<Ruling> rulings, bool ascending)
    {
        var sorted = new double[rulings.Count];
        for (var i = 0; i < sorted.Length; i++) sorted[i] = rulings[i].Position;
        Array.Sort(sorted);
        var count = 0;
        foreach (var p in sorted)
            if (count == 0 || p - sorted[count - 1] > PageRulings.Snap * 2) sorted[count++] = p;
        var result = sorted[..count];
        if (!ascending) Array.Reverse(result);
        return result;
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        a = Find(parent, a);
        b = Find(parent, b);
        if (a != b) parent[Math.Max(a, b)] = Math.Min(a, b);
    }
}

/// <summary>One (possibly merged) cell of a <see cref="TableGrid"/>: the atom rows and columns it covers, and its glyphs.</summary>
internal sealed class TableCell(int row, int column)
{
    public int FirstRow { get; private set; } = row;
    public int LastRow { get; private set; } = row;
    public int FirstColumn { get; private set; } = column;
    public int LastColumn { get; private set; } = column;
    public List<Glyph> Glyphs { get; } = [];

    public void Extend(int row, int column)
    {
        FirstRow = Math.Min(FirstRow, row);
        LastRow = Math.Max(LastRow, row);
        FirstColumn = Math.Min(FirstColumn, column);
        LastColumn = Math.Max(LastColumn, column);
    }
}
