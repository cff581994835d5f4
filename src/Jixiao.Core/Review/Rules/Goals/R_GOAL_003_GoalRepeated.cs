using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>R-GOAL-003: the same goal sentence repeated within one project (a copy-paste slip).</summary>
public sealed class R_GOAL_003_GoalRepeated : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.GoalRepeated, RuleFamily.Goals, Severity.Warning,
        "绩效目标重复",
        "项目“{0}”的绩效目标“{1}”重复出现{2}次",
        RuleSources.Practice,
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects)
        {
            var project = t.Project!;
            if (project.Goals.Count < 2) continue;
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var printed = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var goal in project.Goals)
            {
                var g = ReviewText.TrimPunctuation(ReviewText.Normalize(goal));
                if (g.Length < 4) continue;
                seen[g] = seen.GetValueOrDefault(g) + 1;
                printed.TryAdd(g, goal.Trim());
            }
            foreach (var (goal, count) in seen)
            {
                if (count < 2) continue;
                context.Report(Rule, FindingLocation.ForProject(t.Index, "goals", project.SourceLine), Rule.Format(project.Name, printed[goal], count),
                    FindingFingerprint.Content(t.Key, goal), suggestion: "删除重复的目标，或改写为不同的年度目标");
            }
        }
    }
}
