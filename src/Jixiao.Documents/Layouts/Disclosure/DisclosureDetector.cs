using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// Scores how sure we are that a text is a budget disclosure (部门预算公开): several budget-table titles (recognised by
/// the ministry's names and their variants), a disclosure title (…部门预算 / …单位预算 / …部门综合预算) and an
/// explanation heading (情况说明 / 编制说明). A budget disclosure stays one whatever else it carries:
/// <list type="bullet">
/// <item>with 3 or more budget tables it scores 0.3–0.53, below the target-table layouts' scores, so a document whose
/// target tables a layout recognises is read by that layout (which calls <see cref="DisclosureReader"/> for its
/// disclosure part);</item>
/// <item>with fewer tables, a disclosure title and an explanation or a table make it one at the lowest accepted score
/// (a 部门综合预算说明 whose tables were published as a separate file);</item>
/// <item>when its pages also show 绩效指标 tables (一级指标 … 二级指标) in a form no target-table layout knows, it is
/// still read and checked as a disclosure, at the lowest accepted score, rather than refused: any target-table layout
/// that recognises its tables scores at least as much and comes first (<see cref="DefaultLayouts"/>).</item>
/// </list>
/// A text with none of these (a notice, a 公报, an application form) scores 0 and is refused as not a budget document.
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
        var (scope, _, _, _) = DisclosureTitle.Read(text.Lines);
        var titled = scope != Core.Model.Disclosure.DisclosureScope.Unknown;
        if (tables.Count < 3)
            return titled && (explanation || tables.Count > 0) ? DocumentImporter.MinimumDetectionScore : 0.0;
        if (indicators) return DocumentImporter.MinimumDetectionScore;
        return 0.3 + Math.Min(tables.Count, 9) * 0.02 + (explanation ? 0.05 : 0) + (titled ? 0.05 : 0);
    }
}
