using System.Globalization;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// R-VAL-010: 绩效指标描述 identical to 三级指标. Common in whole tables, so one note per table lists the
/// indicators instead of one note each.
/// </summary>
public sealed class R_VAL_010_DescriptionRepeatsName : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.DescriptionRepeatsName, RuleFamily.Values, Severity.Info,
        "指标描述照抄指标名称",
        "{0}有{1}项指标的绩效指标描述与三级指标相同（第{2}项）",
        RuleSources.Practice,
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
        {
            var same = t.Indicators.Where(i => i.Name.Length > 0 && i.Description == i.Name && !Analysis.ReviewText.IsNotApplicable(i.Name)).ToList();
            if (same.Count == 0) continue;
            var owner = t.Project is { } p ? $"项目“{p.Name}”" : "部门整体绩效目标";
            var numbers = string.Join("、", same.Select(i => i.Index.ToString(CultureInfo.InvariantCulture)));
            context.Report(Rule, Analysis.FindingLocationOf.Indicator(t, same[0], "description"), Rule.Format(owner, same.Count, numbers),
                FindingFingerprint.Content(t.Key, string.Join('|', same.Select(i => i.Name))),
                suggestion: "在描述中写明指标口径或计算方法，如“办结率=办结案件数/受理案件数×100%”");
        }
    }
}
