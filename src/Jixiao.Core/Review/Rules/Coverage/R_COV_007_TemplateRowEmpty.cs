namespace Jixiao.Core.Review.Rules.Coverage;

/// <summary>R-COV-007: template rows left empty (a 二级指标 with no 三级指标 and no value); one note per table.</summary>
public sealed class R_COV_007_TemplateRowEmpty : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.TemplateRowEmpty, RuleFamily.Coverage, Severity.Info,
        "模板指标行未填写",
        "{0}有{1}行模板指标未填写（{2}）",
        RuleSources.Practice,
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
        {
            var empty = t.Indicators.Where(i => i.IsTemplateRow).ToList();
            if (empty.Count == 0) continue;
            var labels = string.Join("、", empty.Select(i => (i.Indicator.Level2 ?? i.Indicator.Level1 ?? "").Trim()).Where(s => s.Length > 0).Distinct());
            var owner = t.Project is { } p ? $"项目“{p.Name}”" : "部门整体绩效目标";
            context.Report(Rule, FindingLocation.ForIndicator(t.Index, empty[0].Index, "name", empty[0].SourceLine),
                Rule.Format(owner, empty.Count, labels.Length == 0 ? "空行" : labels),
                FindingFingerprint.Content(t.Key, labels, empty.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                suggestion: "不适用的模板行请删除或注明“不涉及”");
        }
    }
}
