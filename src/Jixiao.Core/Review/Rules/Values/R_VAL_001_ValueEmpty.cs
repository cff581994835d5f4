namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// R-VAL-001: an indicator that has a name but no value (template rows with neither are R-COV-007). A “name” without a
/// single Chinese character (805,251.56 / 2100102 / ……) is not an indicator but a row of another table read into the
/// indicator table — on the corpus, 决算 expenditure rows gave 85 false errors this way (issue 16) — so it is not judged.
/// </summary>
public sealed class R_VAL_001_ValueEmpty : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ValueEmpty, RuleFamily.Values, Severity.Error,
        "指标值为空",
        "指标“{0}”未填写指标值",
        RuleSources.Clause(RuleSources.Doc88, "第十二条 审核内容：完整性（绩效指标是否细化、量化）"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
            foreach (var i in t.Indicators)
                // A one-character “name” (性, 率) is the end of the cell above wrapped onto a row of its own, not an indicator.
                if (i.Name.Length > 1 && i.Value.Length == 0 && RuleDescriptor.ContainsChinese(i.Name))
                    context.ReportIndicator(Rule, t, i, "value", Rule.Format(i.Indicator.Name.Trim()), suggestion: "填写可考核的指标值");
    }
}
