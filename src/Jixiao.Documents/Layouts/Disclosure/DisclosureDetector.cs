using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// Scores how sure we are that a text is a budget disclosure without project target tables: several budget-table
/// titles (recognised by the ministry's names and their variants), a disclosure title (…部门预算 / …单位预算) or an
/// explanation heading (情况说明 / 编制说明), and no 绩效指标 table header (一级指标 … 二级指标), which belongs to the
/// target-table layouts. Kept below those layouts' scores, so a document with both is read by them (they call
/// <see cref="DisclosureReader"/> for its disclosure part).
/// </summary>
internal static class DisclosureDetector
{
    public static double Score(SourceText text)
    {
        var tables = new HashSet<string>(StringComparer.Ordinal);
        bool explanation = false, indicators = false;
        foreach (var line in text.Lines)
        {
            var s = line.Text;
            if (s.Length < 4) continue;
            if (s.Contains("一级指标", StringComparison.Ordinal) && s.Contains("二级指标", StringComparison.Ordinal)) indicators = true;
            if (!explanation && (s.Contains("编制说明", StringComparison.Ordinal) || s.Contains("情况说明", StringComparison.Ordinal)) && !ProseLines.IsContentsEntry(s))
                explanation = true;
            if (BudgetTableTitle.Read(s) is { } title) tables.Add(TableRowCells.Compact(title));
        }
        if (indicators || tables.Count < 3) return 0.0;
        var (scope, _, _, _) = DisclosureTitle.Read(text.Lines);
        return 0.3 + Math.Min(tables.Count, 9) * 0.02 + (explanation ? 0.05 : 0) + (scope != Core.Model.Disclosure.DisclosureScope.Unknown ? 0.05 : 0);
    }
}
