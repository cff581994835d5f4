using System.Globalization;

namespace Jixiao.Core.Review.Rules.Consistency;

/// <summary>
/// R-CON-003: the cumulative spending plan (资金支出计划) goes down, has a value outside 0–100, or its 12月底
/// figure is not 100%. A plan without a 12月底 figure is not judged on its end (PDF extraction often loses
/// that column).
/// </summary>
public sealed class R_CON_003_SpendingPlanInvalid : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.SpendingPlanInvalid, RuleFamily.Consistency, Severity.Error,
        "资金支出计划不合理",
        "项目“{0}”的资金支出计划（累计%）{1}",
        RuleSources.Clause(RuleSources.Practice, "资金支出计划为截至各月末的累计支出进度，应逐期不减，年末达到100%"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects)
        {
            if (t.Project!.SpendingPlan is not { Points.Count: > 0 } plan) continue;
            var problems = new List<string>();
            var points = plan.Points.OrderBy(p => p.Month).ToList();
            for (var k = 0; k < points.Count; k++)
            {
                var p = points[k];
                if (p.Percent.Value is < 0 or > 100) problems.Add($"{p.Month}月底为{p.Percent}%，超出0–100%");
                if (k > 0 && p.Percent.Value < points[k - 1].Percent.Value)
                    problems.Add($"{p.Month}月底{p.Percent}%低于{points[k - 1].Month}月底{points[k - 1].Percent}%（累计进度不应下降）");
            }
            var december = plan[12];
            if (december is { } d && d.Value != 100) problems.Add($"12月底为{d}%，年末累计应为100%");
            if (problems.Count == 0) continue;
            var text = string.Join("；", problems);
            context.Report(Rule, FindingLocation.ForProject(t.Index, "spendingPlan", t.SourceLine), Rule.Format(t.Project.Name, text),
                FindingFingerprint.Content(t.Key, string.Join('|', points.Select(p => p.Month.ToString(CultureInfo.InvariantCulture) + ":" + p.Percent.Text))),
                suggestion: "按累计口径填写各月末支出进度，逐期不减，12月底为100%");
        }
    }
}
