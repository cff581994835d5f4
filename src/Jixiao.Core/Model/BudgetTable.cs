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

    /// <summary>
    /// 每行在原文中的位置（与 <see cref="Rows"/> 一一对应），由中性模型读出的表才有；行文读出的、或由交换格式读回的表为 null，
    /// 此时证据按行的文字去找原文的行。
    /// </summary>
    public IReadOnlyList<BudgetRowPlace?>? RowPlaces { get; init; }
}

/// <summary>
/// 预算公开表的一行在原文中的位置：页（1 起，纯文本为 0）、第几张表（文档中按阅读顺序的中性表格，1 起）、表内的行（1 起，
/// 含表头行）、这一行第一个有字单元格所在的列（1 起）、它的版面框（PDF 用户空间的磅，左、下、右、上；没有时为 null）、
/// 与它对得上的行文行号（0 为未知）。
/// </summary>
public sealed record BudgetRowPlace(int Page, int Table, int Row, int Column, int SourceLine, PrintedBox? Box = null);

/// <summary>版面上的一个矩形（PDF 用户空间，磅，原点在左下）：左、下、右、上。</summary>
public readonly record struct PrintedBox(double Left, double Bottom, double Right, double Top);
