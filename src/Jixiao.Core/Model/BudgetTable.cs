namespace Jixiao.Core.Model;

/// <summary>
/// A 部门预算公开 table (收支总表, 支出总表, 三公经费 …) as published: title, column headers and rows of cells;
/// a blank cell is null. Continued pages are merged into one table and repeated headers removed.
/// </summary>
public sealed record BudgetTable(string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    /// <summary>单位 of the table when printed (usually 万元).</summary>
    public MoneyUnit? Unit { get; init; }
    /// <summary>1-based line of the title in the source.</summary>
    public int SourceLine { get; init; }
}
