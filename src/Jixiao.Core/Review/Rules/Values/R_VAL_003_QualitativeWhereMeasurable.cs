using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// R-VAL-003: a value in words under 数量, 质量 or 成本, which must be measurable. A value in words that
/// carries a figure ("建筑面积2360.46平方米") and "不涉及" are left alone.
/// </summary>
public sealed class R_VAL_003_QualitativeWhereMeasurable : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.QualitativeWhereMeasurable, RuleFamily.Values, Severity.Warning,
        "应量化的指标使用了定性值",
        "{0}“{1}”的指标值“{2}”为定性表述，该类指标应量化",
        RuleSources.Clause(RuleSources.Doc101, "产出指标、成本指标原则上应当量化"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
            foreach (var i in t.Indicators)
                if (Applies(i))
                    context.ReportIndicator(Rule, t, i, "value", Rule.Format(KindName(i), i.Indicator.Name.Trim(), i.Indicator.Value?.Trim()),
                        suggestion: i.IsCost ? "以金额表示成本，如“≤预算数万元”" : "以数量或比率表示，如“≥500件”“≥95%”");
    }

    /// <summary>Also used by R-VAL-004 so one value is not reported twice for the same fault.</summary>
    internal static bool Applies(IndicatorFacts i) =>
        i.Target is { Kind: TargetKind.Qualitative }
        && (i.IsCost || i.Level2 is Level2Kind.Quantity or Level2Kind.Quality)
        && !ReviewText.HasDigit(i.Value) && !ReviewText.IsNotApplicable(i.Value);

    private static string KindName(IndicatorFacts i) =>
        i.IsCost ? "成本指标" : i.Level2 == Level2Kind.Quantity ? "数量指标" : "质量指标";
}
