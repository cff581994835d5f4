namespace Jixiao.Core.Model.Disclosure;

/// <summary>One part of a disclosure as found in the document: its kind, the heading as printed and its line.</summary>
public sealed record DisclosureSection(DisclosureSectionKind Kind, string Heading, int SourceLine);

/// <summary>The parts of the text a 预算公开情况检查表 asks for (the tables are <see cref="BudgetTable"/>s).</summary>
public enum DisclosureSectionKind
{
    /// <summary>情况说明 / 预算编制说明 / 预算安排的总体情况.</summary>
    Explanation,
    /// <summary>机关运行经费.</summary>
    OfficeRunningCosts,
    /// <summary>“三公”经费 (the text part).</summary>
    ThreeCosts,
    /// <summary>政府采购.</summary>
    Procurement,
    /// <summary>国有资产 (占用 / 占有使用).</summary>
    StateAssets,
    /// <summary>绩效目标.</summary>
    PerformanceTargets,
}
