namespace Jixiao.Core.Review.Rules.Coverage;

/// <summary>R-COV-003: a project has at least one 成本指标 (first level, or 成本 under 产出 in older templates).</summary>
public sealed class R_COV_003_NoCostIndicator : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.NoCostIndicator, RuleFamily.Coverage, Severity.Warning,
        "缺少成本指标",
        "项目“{0}”没有成本指标",
        RuleSources.Clause(RuleSources.Doc101, "成本指标作为核心绩效指标，反映项目实施的经济成本等"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects)
        {
            if (!CoverageFacts.HasFilled(t) || CoverageFacts.Any(t, i => i.IsCost)) continue;
            context.Report(Rule, FindingLocation.ForProject(t.Index, "indicators", t.SourceLine), Rule.Format(t.Project!.Name),
                t.Key, suggestion: "设置以金额表示的成本指标，如“项目总成本 ≤ 预算数”");
        }
    }
}
