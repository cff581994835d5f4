namespace Jixiao.Core.Review.Rules.Coverage;

/// <summary>R-COV-001: a project has at least one 产出指标 (a project without any indicator is reported here too).</summary>
public sealed class R_COV_001_NoOutputIndicator : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.NoOutputIndicator, RuleFamily.Coverage, Severity.Error,
        "缺少产出指标",
        "项目“{0}”{1}",
        RuleSources.Clause(RuleSources.Doc101, "产出指标、效益指标为核心绩效指标，原则上每个项目均应设置"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects)
        {
            var project = t.Project!;
            if (!CoverageFacts.HasFilled(t))
            {
                context.Report(Rule, FindingLocation.ForProject(t.Index, "indicators", project.SourceLine), Rule.Format(project.Name, "未填写任何绩效指标"),
                    t.Key, suggestion: "按产出、效益、满意度（及成本）设置绩效指标");
                continue;
            }
            if (!CoverageFacts.Any(t, CoverageFacts.IsOutput))
                context.Report(Rule, FindingLocation.ForProject(t.Index, "indicators", project.SourceLine), Rule.Format(project.Name, "没有产出指标"),
                    t.Key, suggestion: "设置数量、质量、时效等产出指标");
        }
    }
}
