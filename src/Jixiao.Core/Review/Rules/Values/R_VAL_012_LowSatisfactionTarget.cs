using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>R-VAL-012: a satisfaction target below 80% (the threshold is practice, not a quoted clause).</summary>
public sealed class R_VAL_012_LowSatisfactionTarget : IReviewRule
{
    /// <summary>The practice threshold; a jurisdiction that wants another switches the rule off or re-grades it.</summary>
    public const decimal Threshold = 80m;

    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.LowSatisfactionTarget, RuleFamily.Values, Severity.Info,
        "满意度目标偏低",
        "满意度指标“{0}”的目标值“{1}”低于80%（审核实践中的一般要求）",
        RuleSources.Practice,
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
        {
            foreach (var i in t.Indicators)
            {
                if (!i.Name.Contains("满意度", StringComparison.Ordinal) || i.Name.Contains("不满意", StringComparison.Ordinal)) continue;
                if (i.Target is not { Kind: TargetKind.Ratio, Op: { } op, NumericValue: { } n } || op.IsCeiling() || n >= Threshold) continue;
                context.ReportIndicator(Rule, t, i, "value", Rule.Format(i.Indicator.Name.Trim(), i.Indicator.Value?.Trim()),
                    suggestion: "满意度目标一般不低于80%，如确需设低请说明理由");
            }
        }
    }
}
