using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Consistency;

/// <summary>R-CON-002: 预算数 ≠ 财政资金 + 其他资金 (a blank 其他资金 counts as 0).</summary>
public sealed class R_CON_002_BudgetSplitMismatch : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.BudgetSplitMismatch, RuleFamily.Consistency, Severity.Error,
        "预算数与资金来源合计不符",
        "项目“{0}”预算数{1}，而财政资金{2}与其他资金{3}合计{4}，相差{5}",
        "预算数 = 财政资金 + 其他资金（项目绩效目标表）",
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects)
        {
            var budget = t.Project!.Budget;
            if (budget.Total is not { } total || budget.Fiscal is not { } fiscal) continue;
            var other = budget.Other?.Value ?? 0m;
            var sum = fiscal.Value + other;
            var outcome = budget.Other is null
                ? (total.Value == sum ? SumOutcome.Exact : SumOutcome.Wrong)
                : RoundingTolerance.Compare(total.Value, sum, 2);
            if (outcome == SumOutcome.Exact) continue;
            var diff = RoundingTolerance.Format(Math.Abs(total.Value - sum));
            var where = FindingLocation.ForProject(t.Index, "budget", t.SourceLine);
            var content = FindingFingerprint.Content(t.Key, total.Text, fiscal.Text, budget.Other?.Text);
            if (outcome == SumOutcome.RoundingDifference)
                context.Report(Rule, where, RoundingNote.Message($"项目“{t.Project.Name}”预算数", total.Text, "财政资金 + 其他资金", RoundingTolerance.Format(sum), diff, 2, ""),
                    content, Severity.Info, RoundingTolerance.Format(sum), total.Text);
            else
                context.Report(Rule, where, Rule.Format(t.Project.Name, total.Text, fiscal.Text, budget.Other?.Text ?? "（空）", RoundingTolerance.Format(sum), diff),
                    content, expected: RoundingTolerance.Format(sum), actual: total.Text, suggestion: "核对预算数与财政资金、其他资金");
        }
    }
}
