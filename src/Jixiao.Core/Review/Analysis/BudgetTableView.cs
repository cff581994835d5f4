using Jixiao.Core.Model;

namespace Jixiao.Core.Review.Analysis;

/// <summary>
/// A budget table read by meaning, not by position: its kind from the title, each column's role from its
/// header, the 功能分类/经济分类 code column from its header or its content (3/5/7-digit codes), rows found
/// by their labels (合计, 收入总计 …). Cells are compared normalized (whitespace and markup removed).
/// </summary>
public sealed class BudgetTableView
{
    internal BudgetTableView(BudgetTable table, int index, MoneyUnit? documentUnit, int? fiscalYear = null)
    {
        Table = table;
        Index = index;
        Title = ReviewText.Normalize(table.Title);
        Kind = BudgetTableKinds.FromTitle(Title);
        Unit = table.Unit ?? documentUnit;
        Headers = table.Columns.Select(c => ReviewText.Normalize(c)).ToArray();
        Roles = Headers.Select(BudgetTableKinds.RoleOf).ToArray();
        // Without the document's year, a table naming two years (2025年预算数 | 2026年预算数) is for the later one.
        var year = fiscalYear ?? BudgetTableKinds.LatestYear(Headers);
        Periods = Headers.Select(h => BudgetTableKinds.PeriodOf(h, year)).ToArray();
        var cells = table.Rows.Select(r => r.Select(c => ReviewText.Normalize(c)).ToArray()).ToArray();
        Cells = SpanningLabels.Align(cells, Math.Max(Headers.Count, cells.Length == 0 ? 0 : cells.Max(r => r.Length)), out var realigned);
        RealignedRows = realigned;
        // Parsed once: the sum rules read the same cells many times.
        _amounts = Cells.Select(r => r.Select(ParseAmount).ToArray()).ToArray();
        CodeColumn = Array.IndexOf(Roles, ColumnRole.Code);
        if (CodeColumn < 0) CodeColumn = CodeColumnByContent();
        if (CodeColumn >= 0 && CodeColumn < Roles.Length) Roles[CodeColumn] = ColumnRole.Code;
        CodeColumns = TablePanels.CodeColumns(this);
    }

    /// <summary>
    /// Rows whose label cell spans the label columns (合计 over 科目编码 + 科目名称) and whose figures were read starting
    /// right after the label; they were moved under the columns where every other row prints its figures
    /// (<see cref="SpanningLabels"/>). A finding on such a row is not certain of its columns and says so.
    /// </summary>
    public IReadOnlySet<int> RealignedRows { get; }

    /// <summary>
    /// The 科目编码 columns: one for a plain table; several where the table prints panels side by side (人员经费 |
    /// 公用经费, each with its own 编码 | 名称 | 金额 — <see cref="TablePanels"/>).
    /// </summary>
    public IReadOnlyList<int> CodeColumns { get; }

    /// <summary>
    /// One unit of the last digit the column prints (0.01 at two decimals, 1 for whole 元), the coarsest of its non-zero
    /// figures: a sum of lines printed in whole 元 may differ by up to one 元 per line (RULES.md, 尾差).
    /// </summary>
    public decimal StepOf(int column)
    {
        var step = 0.01m;
        for (var r = 0; r < _amounts.Length; r++)
            if (column >= 0 && column < _amounts[r].Length && _amounts[r][column] is { } v && v != 0 && !IsClassificationCode(Cells[r][column]))
                step = Math.Max(step, UnitOfLastDigit(v));
        return step;
    }

    /// <summary>One unit of the last printed digit of a figure (its decimal scale): 0.1 for 480544221.6, 1 for 22118861.</summary>
    public static decimal UnitOfLastDigit(decimal printed)
    {
        var step = 1m;
        for (var i = 0; i < printed.Scale; i++) step /= 10m;
        return step;
    }

    private readonly decimal?[][] _amounts;

    public BudgetTable Table { get; }
    /// <summary>1-based position among the document's budget tables.</summary>
    public int Index { get; }
    public string Title { get; }
    public BudgetTableKind Kind { get; }
    public MoneyUnit? Unit { get; }
    public string UnitText => Unit?.ToChinese() ?? "";
    public IReadOnlyList<string> Headers { get; }
    public ColumnRole[] Roles { get; }
    /// <summary>Which year each column is about: this year's, last year's (a multi-year table prints both) or the change.</summary>
    public ColumnPeriod[] Periods { get; }
    public string[][] Cells { get; }
    /// <summary>The 科目编码 column, or -1.</summary>
    public int CodeColumn { get; }
    public int RowCount => Cells.Length;
    public int SourceLine => Table.SourceLine;

    // Bounds-checked on both axes: rules ask about rows found by meaning, and a damaged table may lack them.
    public string Cell(int row, int col) => row >= 0 && row < Cells.Length && col >= 0 && col < Cells[row].Length ? Cells[row][col] : "";

    // Most cells are words; only a cell starting like a number is worth parsing (cells are already NFKC).
    private static decimal? ParseAmount(string c) =>
        c.Length == 0 || !(char.IsAsciiDigit(c[0]) || c[0] is '-' or '+' or '.') ? null : WrittenDecimal.TryParse(c)?.Value;

    public decimal? Amount(int row, int col) => row >= 0 && row < _amounts.Length && col >= 0 && col < _amounts[row].Length ? _amounts[row][col] : null;

    /// <summary>The amount, a blank cell counting as zero (published tables leave zeros blank).</summary>
    public decimal AmountOrZero(int row, int col) => Amount(row, col) ?? 0m;

    /// <summary>The header as printed (for messages), or 第N列.</summary>
    public string ColumnName(int col) => col < Table.Columns.Count && !string.IsNullOrWhiteSpace(Table.Columns[col]) ? Table.Columns[col].Trim() : $"第{col + 1}列";

    /// <summary>The first column with the role, this year's first: a multi-year table is read by column, not by position.</summary>
    public int ColumnOf(ColumnRole role)
    {
        for (var c = 0; c < Roles.Length; c++)
            if (Roles[c] == role && PeriodAt(c) == ColumnPeriod.Current) return c;
        return Array.IndexOf(Roles, role);
    }

    public ColumnPeriod PeriodAt(int col) => col >= 0 && col < Periods.Length ? Periods[col] : ColumnPeriod.Current;

    /// <summary>The 功能分类/经济分类 code of a row, or null.</summary>
    public string? Code(int row) => Code(row, CodeColumn);

    /// <summary>The code a row prints in the given code column (one panel of a table printed in panels), or null.</summary>
    public string? Code(int row, int codeColumn)
    {
        if (codeColumn < 0) return null;
        var c = Cell(row, codeColumn);
        if (!IsClassificationCode(c)) return null;
        // A code printed over 类 | 款 | 项 columns (201 | 06 | 01) is one code (2010601).
        for (var k = codeColumn + 1; c.Length < 7 && k < Roles.Length && Roles[k] == ColumnRole.Code; k++)
        {
            var part = Cell(row, k);
            if (part.Length == 0) break;
            if (part.Length != 2 || !char.IsAsciiDigit(part[0]) || !char.IsAsciiDigit(part[1])) return c;
            c += part;
        }
        return c;
    }

    /// <summary>The 栏次 row (1 2 3 …) numbers the columns; it is not data.</summary>
    public bool IsColumnNumberRow(int row)
    {
        foreach (var c in Cells[row])
            if (c is "栏次" or "栏目" or "栏号") return true;
        return false;
    }

    /// <summary>The first row with a cell equal to one of the labels, and that cell's column; (-1, -1) if none.</summary>
    public (int Row, int Column) FindLabel(params string[] labels)
    {
        for (var r = 0; r < Cells.Length; r++)
            for (var c = 0; c < Cells[r].Length; c++)
                if (Array.IndexOf(labels, StripNumbering(Cells[r][c])) >= 0) return (r, c);
        return (-1, -1);
    }

    /// <summary>The first row with a cell satisfying the predicate (on the label without its 一、 numbering).</summary>
    public (int Row, int Column) FindLabel(Func<string, bool> predicate)
    {
        for (var r = 0; r < Cells.Length; r++)
            for (var c = 0; c < Cells[r].Length; c++)
            {
                var cell = Cells[r][c];
                if (cell.Length > 0 && WrittenDecimal.TryParse(cell) is null && predicate(StripNumbering(cell))) return (r, c);
            }
        return (-1, -1);
    }

    /// <summary>
    /// The amount belonging to a label: the first number to its right, stopping at the next label
    /// (收支总表 prints 收入 label, amount, 支出 label, amount on one row). Blank = null.
    /// </summary>
    public decimal? AmountRightOf(int row, int col)
    {
        for (var c = col + 1; c < Cells[row].Length; c++)
        {
            var cell = Cells[row][c];
            if (cell.Length == 0) continue;
            return WrittenDecimal.TryParse(cell)?.Value;
        }
        return null;
    }

    /// <summary>The row labelled 合计 (the table total), or -1.</summary>
    public int TotalRow() => FindLabel("合计", "总计").Row;

    /// <summary>True when no data cell holds a number (栏次 and 序号 aside).</summary>
    public bool HasNoAmounts()
    {
        for (var r = 0; r < Cells.Length; r++)
        {
            if (IsColumnNumberRow(r)) continue;
            for (var c = 0; c < Cells[r].Length; c++)
            {
                if (c < Roles.Length && Roles[c] is ColumnRole.Serial or ColumnRole.Code) continue;
                var cell = Cells[r][c];
                if (cell.Length > 0 && WrittenDecimal.TryParse(cell) is not null && !IsSerialLike(r, c)) return false;
            }
        }
        return true;
    }

    // 一、二、（一） numbering before a label.
    internal static string StripNumbering(string label)
    {
        var i = 0;
        while (i < label.Length && "一二三四五六七八九十（）()、.".Contains(label[i])) i++;
        return i > 0 && i < label.Length ? label[i..] : label;
    }

    private bool IsSerialLike(int row, int col) =>
        col == 0 && Cells[row][col].Length <= 3 && !Cells[row][col].Contains('.', StringComparison.Ordinal);

    /// <summary>3, 5 or 7 digits beginning 2 (功能分类), 3 or 5 (经济分类).</summary>
    public static bool IsClassificationCode(string c)
    {
        if (c.Length is not (3 or 5 or 7) || c[0] is not ('2' or '3' or '5')) return false;
        foreach (var ch in c)
            if (!char.IsAsciiDigit(ch)) return false;
        return true;
    }

    private int CodeColumnByContent()
    {
        var best = -1;
        var bestCount = 1;
        var width = Cells.Length == 0 ? 0 : Cells.Max(r => r.Length);
        for (var c = 0; c < width; c++)
        {
            if (c < Roles.Length && Roles[c] == ColumnRole.Serial) continue;
            int codes = 0, nonEmpty = 0;
            foreach (var row in Cells)
            {
                if (c >= row.Length || row[c].Length == 0) continue;
                nonEmpty++;
                if (IsClassificationCode(row[c])) codes++;
            }
            if (codes > bestCount && codes * 2 >= nonEmpty) { best = c; bestCount = codes; }
        }
        return best;
    }
}
