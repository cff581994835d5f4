namespace Jixiao.Core.Review.Rules.Department;

/// <summary>
/// R-DEP-001: the document has a department-wide target (部门整体绩效目标) and its 总体目标 is not empty. Whether the
/// disclosure must carry one is the jurisdiction's (<see cref="Profiles.Jurisdictions.JurisdictionProfile.OverallTarget"/>):
/// where its set has none (上海, 江苏, 福建 …) a missing one is not reported; where it is unknown the warning says so.
/// </summary>
public sealed class R_DEP_001_OverallTargetMissing : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.OverallTargetMissing, RuleFamily.Department, Severity.Warning,
        "部门整体绩效目标缺失",
        "部门整体绩效目标：{0}",
        RuleSources.Clause(RuleSources.Doc143, "部门预算公开应包括部门整体绩效目标"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        var overall = context.Document.Overall;
        if (overall is null)
        {
            // A file of printed 自评表 only (issue 18) is not a 部门预算 disclosure: it owes no department-wide target.
            if (IsSelfEvaluationsOnly(context.Document)) return;
            var jurisdiction = context.Jurisdiction;
            if (jurisdiction?.Profile.OverallTarget == false) return;
            var why = jurisdiction is null ? "（未能从文中认出所属地区，按应公开核对）"
                : jurisdiction.Profile.OverallTarget is null ? $"（{jurisdiction.Profile.Name}的公开口径未收录是否含部门整体绩效目标，按应公开核对）"
                : $"（{jurisdiction.Describe()}应公开）";
            // Nothing to point at: the note says it is about the whole document.
            context.Report(Rule, FindingLocation.ForProject(0, FindingFieldNames.WholeOverallTarget), Rule.Format("文档未包含该部分" + why), "overall-missing",
                suggestion: "公开部门整体绩效目标（总体绩效目标、分项绩效目标、工作保障措施）");
            return;
        }
        if (overall.Goals.Any(g => !string.IsNullOrWhiteSpace(g))) return;
        // The 总体绩效目标 heading printed with nothing under it: the note goes on the heading.
        context.Report(Rule, FindingLocation.ForProject(0, "goals", overall.GoalsHeadingLine), Rule.Format("总体绩效目标为空"), "overall-goals-empty",
            suggestion: "填写部门年度总体绩效目标");
    }

    private static bool IsSelfEvaluationsOnly(Model.TargetDocument document) =>
        document.SelfEvaluations.Count > 0 && document.Projects.Count == 0 && document.BudgetTables.Count == 0 && document.Disclosure is null;
}
