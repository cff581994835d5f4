using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Consistency;

/// <summary>R-CON-004: a project's indicator weights (权重), where present, sum to 100. The department-wide table is R-DEP-003.</summary>
public sealed class R_CON_004_WeightsNotHundred : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.WeightsNotHundred, RuleFamily.Consistency, Severity.Error,
        "指标权重合计不为100",
        "{0}的指标权重合计为{1}，应为100",
        RuleSources.Clause(RuleSources.Doc10, "绩效评价指标权重合计为100分"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects) Check(context, Rule, t, $"项目“{t.Project!.Name}”");
    }

    internal static void Check(ReviewContext context, RuleDescriptor rule, IndicatorTableFacts t, string owner)
    {
        decimal sum = 0;
        var any = false;
        foreach (var i in t.Indicators)
        {
            if (i.Indicator.Weight is { } w) { sum += w.Value; any = true; }
        }
        if (!any || sum == 100) return;
        var total = RoundingTolerance.Format(sum);
        context.Report(rule, FindingLocation.ForProject(t.Index, "weight", t.SourceLine), rule.Format(owner, total),
            FindingFingerprint.Content(t.Key, string.Join('|', t.Indicators.Select(i => i.Name + "=" + i.Indicator.Weight?.Text))),
            expected: "100", actual: total, suggestion: "调整各指标权重，使合计为100");
    }
}
