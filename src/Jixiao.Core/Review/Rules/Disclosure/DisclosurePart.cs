using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Disclosure;

/// <summary>One part a disclosure must have: a table of a kind or a part of the text, with its Chinese name.</summary>
public sealed record DisclosurePart(string Name, BudgetTableKind? Table = null, DisclosureSectionKind? Section = null)
{
    /// <summary>
    /// The standard set (RULES.md R-DOC-001, 143号): the nine tables and, in the text, the 情况说明 with 机关运行经费,
    /// 政府采购, 国有资产 and 绩效目标. A jurisdiction passes its own set to <see cref="R_DOC_001_RequiredPartMissing"/>.
    /// </summary>
    public static readonly IReadOnlyList<DisclosurePart> Standard =
    [
        new("收支总表", BudgetTableKind.Summary),
        new("收入总表", BudgetTableKind.Income),
        new("支出总表", BudgetTableKind.Expenditure),
        new("财政拨款收支总表", BudgetTableKind.FiscalSummary),
        new("一般公共预算财政拨款支出表", BudgetTableKind.GeneralBudgetExpenditure),
        new("一般公共预算财政拨款基本支出表", BudgetTableKind.BasicExpenditure),
        new("政府性基金预算财政拨款支出表", BudgetTableKind.GovernmentFund),
        new("国有资本经营预算财政拨款支出表", BudgetTableKind.StateCapital),
        new("财政拨款“三公”经费支出表", BudgetTableKind.ThreeCosts),
        new("情况说明（预算编制说明）", Section: DisclosureSectionKind.Explanation),
        new("机关运行经费情况", Section: DisclosureSectionKind.OfficeRunningCosts),
        new("政府采购情况", Section: DisclosureSectionKind.Procurement),
        new("国有资产占用情况", Section: DisclosureSectionKind.StateAssets),
        new("绩效目标情况", Section: DisclosureSectionKind.PerformanceTargets),
    ];
}
