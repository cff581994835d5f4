using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// R-VAL-009: a 成本 indicator valued as a count ("≥2000册") or as a plain percentage that is not a named
/// rate ("案件补贴律师值班补贴 ≥80百分率"). Cost-control rates (…控制率) are named rates and pass; a bare 万
/// under 成本 is money (70万 = 70万元).
/// </summary>
public sealed class R_VAL_009_CostNotInMoney : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.CostNotInMoney, RuleFamily.Values, Severity.Warning,
        "成本指标未以金额表示",
        "成本指标“{0}”的指标值“{1}”以{2}表示，成本应以金额表示",
        RuleSources.Clause(RuleSources.Doc101, "成本指标应以金额（元、万元）等货币单位体现"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
        {
            foreach (var i in t.Indicators)
            {
                if (!i.IsCost || i.Target is not { IsMeasurable: true } target) continue;
                string? how = null;
                if (target.Kind == TargetKind.Quantity && MeasureMeaning.IsCountUnit(target.Unit) && !target.Unit!.Contains('元'))
                    how = $"数量（{target.Unit}）";
                else if (target.Kind == TargetKind.Ratio && !MeasureMeaning.IsRatio(i.Name) && !MeasureMeaning.IsRatio(i.Description))
                    how = "百分比";
                if (how is null) continue;
                context.ReportIndicator(Rule, t, i, "value", Rule.Format(i.Indicator.Name.Trim(), i.Indicator.Value?.Trim(), how),
                    suggestion: "以金额设定成本上限（如“≤10万元”“≤600元/人”）；如考核成本控制，请命名为“成本控制率”并写明口径");
            }
        }
    }
}
