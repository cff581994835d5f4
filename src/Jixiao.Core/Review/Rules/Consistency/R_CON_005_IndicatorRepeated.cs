using System.Globalization;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Consistency;

/// <summary>R-CON-005: the same indicator (name and value) twice in one table. "不涉及" rows are not indicators.</summary>
public sealed class R_CON_005_IndicatorRepeated : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.IndicatorRepeated, RuleFamily.Consistency, Severity.Warning,
        "指标重复",
        "指标“{0}”（{1}）重复出现，与第{2}项相同",
        RuleSources.Practice,
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
        {
            Dictionary<(string, string), int>? seen = null;
            foreach (var i in t.Indicators)
            {
                if (i.Name.Length == 0 || ReviewText.IsNotApplicable(i.Name) || ReviewText.IsNotApplicable(i.Value)) continue;
                seen ??= [];
                if (seen.TryGetValue((i.Name, i.Value), out var first))
                    context.ReportIndicator(Rule, t, i, "name",
                        Rule.Format(i.Indicator.Name.Trim(), i.Indicator.Value?.Trim(), first.ToString(CultureInfo.InvariantCulture)),
                        suggestion: "删除重复的指标，或改为不同的考核内容");
                else seen[(i.Name, i.Value)] = i.Index;
            }
        }
    }
}
