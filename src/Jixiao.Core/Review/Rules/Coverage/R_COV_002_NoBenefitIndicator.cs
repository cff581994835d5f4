namespace Jixiao.Core.Review.Rules.Coverage;

/// <summary>R-COV-002: a project has at least one 效益指标 (also written 效果指标).</summary>
public sealed class R_COV_002_NoBenefitIndicator : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.NoBenefitIndicator, RuleFamily.Coverage, Severity.Error,
        "缺少效益指标",
        "项目“{0}”没有效益（效果）指标",
        RuleSources.Clause(RuleSources.Doc101, "产出指标、效益指标为核心绩效指标，原则上每个项目均应设置"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects)
        {
            if (!CoverageFacts.HasFilled(t) || CoverageFacts.Any(t, CoverageFacts.IsBenefit)) continue;
            context.Report(Rule, FindingLocation.ForProject(t.Index, "indicators", t.SourceLine), Rule.Format(t.Project!.Name),
                t.Key, suggestion: "设置经济效益、社会效益、生态效益或可持续影响指标");
        }
    }
}
