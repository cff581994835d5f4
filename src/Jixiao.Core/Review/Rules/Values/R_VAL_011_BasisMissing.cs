using System.Globalization;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// R-VAL-011: 指标值确定依据 empty where the layout has the column (some indicator of the document has a
/// basis). One note per table.
/// </summary>
public sealed class R_VAL_011_BasisMissing : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.BasisMissing, RuleFamily.Values, Severity.Info,
        "指标值确定依据未填写",
        "{0}有{1}项指标未填写指标值确定依据（第{2}项）",
        RuleSources.Clause(RuleSources.Doc101, "指标值的确定依据：计划标准、行业标准、历史标准、预算支出标准等"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        // A fact of the whole document (any table has a basis), so the rule stays one table at a time (RuleScope.Project).
        if (!context.LayoutHasBasis) return;
        foreach (var t in context.IndicatorTables)
        {
            var missing = t.Indicators.Where(i => !i.IsTemplateRow && string.IsNullOrWhiteSpace(i.Indicator.Basis) && !ReviewText.IsNotApplicable(i.Value)).ToList();
            if (missing.Count == 0) continue;
            var owner = t.Project is { } p ? $"项目“{p.Name}”" : "部门整体绩效目标";
            var numbers = string.Join("、", missing.Select(i => i.Index.ToString(CultureInfo.InvariantCulture)));
            context.Report(Rule, FindingLocationOf.Indicator(t, missing[0], "basis"), Rule.Format(owner, missing.Count, numbers),
                FindingFingerprint.Content(t.Key, string.Join('|', missing.Select(i => i.Name))),
                suggestion: "注明依据，如年度工作计划、预算批复文件、历史同期水平、行业标准");
        }
    }
}
