namespace Jixiao.Core.Review.Rules.Coverage;

/// <summary>
/// R-COV-004: at least one 满意度指标 where the project serves people. A 人员类 project (salaries) is taken
/// as not serving people directly; every other project is expected to have one.
/// </summary>
public sealed class R_COV_004_NoSatisfactionIndicator : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.NoSatisfactionIndicator, RuleFamily.Coverage, Severity.Warning,
        "缺少满意度指标",
        "项目“{0}”没有满意度指标",
        RuleSources.Clause(RuleSources.Doc101, "满意度指标反映服务对象或项目受益人的认可程度"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects)
        {
            if (t.Project!.Category?.Contains("人员", StringComparison.Ordinal) == true) continue;
            if (!CoverageFacts.HasFilled(t) || CoverageFacts.Any(t, CoverageFacts.IsSatisfaction)) continue;
            context.Report(Rule, FindingLocation.ForProject(t.Index, "indicators", t.SourceLine), Rule.Format(t.Project.Name),
                t.Key, suggestion: "项目服务群众或服务对象的，设置服务对象满意度指标（如“受益群众满意度 ≥90%”）");
        }
    }
}
