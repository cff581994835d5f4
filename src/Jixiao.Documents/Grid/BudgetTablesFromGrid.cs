using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 文档的预算公开表改用中性模型读出的：版式读取者按行文读出的表里，只留下中性模型里没有的（表名不同）——PDF 上没画框线的表
/// 不成网格，纯文本没有网格。两者按表名所在的行排序。
/// </summary>
internal static class BudgetTablesFromGrid
{
    public static TargetDocument Apply(TargetDocument document, IReadOnlyList<BudgetTable> fromGrid)
    {
        if (fromGrid.Count == 0) return document;
        var titles = fromGrid.Select(t => TableRowCells.Compact(t.Title)).ToHashSet(StringComparer.Ordinal);
        var kept = document.BudgetTables.Where(t => !titles.Contains(TableRowCells.Compact(t.Title)));
        return document with
        {
            BudgetTables = [.. fromGrid.Concat(kept).OrderBy(t => t.SourceLine)],
            MoneyUnit = document.MoneyUnit ?? fromGrid.Select(t => t.Unit).FirstOrDefault(u => u is not null),
        };
    }
}
