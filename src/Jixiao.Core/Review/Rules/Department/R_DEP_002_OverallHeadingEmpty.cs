namespace Jixiao.Core.Review.Rules.Department;

/// <summary>R-DEP-002: a heading (分项绩效目标, 工作保障措施) printed with nothing under it; located on the heading's line.</summary>
public sealed class R_DEP_002_OverallHeadingEmpty : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.OverallHeadingEmpty, RuleFamily.Department, Severity.Warning,
        "部门整体目标栏目为空",
        "部门整体绩效目标中“{0}”栏目下没有内容",
        RuleSources.Practice);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        if (context.Document.Overall is not { } overall) return;
        if (overall.HasSubGoalHeading && overall.SubGoals.Count == 0)
            context.Report(Rule, FindingLocation.ForProject(0, "subGoals", overall.SubGoalHeadingLine), Rule.Format("分项绩效目标"), "subGoals-empty",
                suggestion: "按主要工作任务列出分项绩效目标及其绩效指标，或删除该标题");
        if (overall.HasMeasuresHeading && overall.Measures.Count == 0)
            context.Report(Rule, FindingLocation.ForProject(0, "measures", overall.MeasuresHeadingLine), Rule.Format("工作保障措施"), "measures-empty",
                suggestion: "写明制度、支出管理、绩效监控等保障措施，或删除该标题");
    }
}
