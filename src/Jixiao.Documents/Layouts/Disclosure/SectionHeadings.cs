using Jixiao.Core.Model.Disclosure;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// Which part of a disclosure a heading opens, from its words: the ministry's names and the provinces' (情况说明,
/// 预算编制说明, 预算安排的总体情况, 收支总体情况; 机关运行经费; “三公”经费; 政府采购; 国有资产占用 / 占有使用 / 固定资产;
/// 绩效目标 / 预算绩效管理情况).
/// </summary>
internal static class SectionHeadings
{
    public static DisclosureSectionKind? KindOf(string heading)
    {
        var h = StatementSubjects.Compact(heading);
        if (h.Contains("机关运行经费", StringComparison.Ordinal)) return DisclosureSectionKind.OfficeRunningCosts;
        if (h.Contains("三公", StringComparison.Ordinal)) return DisclosureSectionKind.ThreeCosts;
        if (h.Contains("政府采购", StringComparison.Ordinal)) return DisclosureSectionKind.Procurement;
        if (h.Contains("国有资产", StringComparison.Ordinal) || h.Contains("资产占用", StringComparison.Ordinal)
            || h.Contains("资产占有", StringComparison.Ordinal) || h.Contains("固定资产", StringComparison.Ordinal)) return DisclosureSectionKind.StateAssets;
        if (h.Contains("绩效目标", StringComparison.Ordinal) || h.Contains("绩效管理情况", StringComparison.Ordinal)) return DisclosureSectionKind.PerformanceTargets;
        if (h.Contains("情况说明", StringComparison.Ordinal) || h.Contains("编制说明", StringComparison.Ordinal) || h.Contains("总体情况", StringComparison.Ordinal)
            || h.Contains("说明", StringComparison.Ordinal) && h.Contains("预算", StringComparison.Ordinal)
            || h.EndsWith("收入说明", StringComparison.Ordinal) || h.EndsWith("支出说明", StringComparison.Ordinal)) return DisclosureSectionKind.Explanation;
        return null;
    }
}
