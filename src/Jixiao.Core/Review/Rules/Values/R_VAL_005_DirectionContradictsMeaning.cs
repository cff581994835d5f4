using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Review.Fixes;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// R-VAL-005: the comparison runs against the measure's meaning. A "higher is better" share (满意度,
/// 合格率, 覆盖率 …) written as a ceiling (≤/&lt;); a "lower is better" rate (错误率, 投诉率, 脱管率 …) or a
/// money cost (成本, 费用, 单价, 补贴标准, or any money value under 成本指标) written as a floor (≥/&gt;).
/// Only names whose words leave no doubt are judged: names speaking of a change (降低, 提高, 节约 …), naming
/// several measures (；) or negating a share (不合格率) are classified accordingly or left alone.
/// "≤100%" on a share and "≥0" on a rate are R-VAL-008 (trivial), not here.
/// </summary>
public sealed class R_VAL_005_DirectionContradictsMeaning : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.DirectionContradictsMeaning, RuleFamily.Values, Severity.Error,
        "指标方向与含义矛盾",
        "指标“{0}”是{1}，指标值却写成“{2}”",
        RuleSources.Clause(RuleSources.Doc101, "正向指标（越大越好）以“≥”设定下限，反向指标（越小越好）以“≤”设定上限"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
        {
            foreach (var i in t.Indicators)
            {
                if (i.Target is not { IsMeasurable: true, Op: { } op, NumericValue: { } n } target || op == ComparisonOperator.Equal) continue;
                var written = i.Indicator.Value?.Trim() ?? target.ToString();
                if (i.Indicator.Nature is { Length: > 0 } nature && !written.StartsWith(nature.Trim(), StringComparison.Ordinal))
                    written = nature.Trim() + written;
                var rateLike = target.Kind == TargetKind.Ratio || (target.Kind == TargetKind.Quantity && target.Unit is null);
                var direction = MeasureMeaning.Direction(i.Name);
                // “…及时率(小时) ≤8”: the name states its own unit, not a share, so 率 names the item loosely and the value is
                // a time or count where less may well be better.
                if (MeasureMeaning.StatedUnit(i.Name) is { } own && !MeasureMeaning.IsPercentUnit(own)) direction = MeasureDirection.Unknown;

                if (direction == MeasureDirection.HigherIsBetter && op.IsCeiling() && rateLike && !(op == ComparisonOperator.AtMost && n == 100))
                {
                    var word = MeasureMeaning.DirectionWord(i.Name, direction);
                    context.ReportIndicator(Rule, t, i, "value", Rule.Format(i.Indicator.Name.Trim(), $"正向指标（{word}越高越好）", written),
                        expected: "≥" + target.Number + target.Unit, actual: written,
                        suggestion: $"正向指标应设下限，如“≥{target.Number}{target.Unit}”",
                        fix: OperatorFix.For(i.Indicator, ComparisonOperator.AtLeast));
                }
                else if (direction == MeasureDirection.LowerIsBetter && op.IsFloor() && rateLike && n != 0)
                {
                    var word = MeasureMeaning.DirectionWord(i.Name, direction);
                    context.ReportIndicator(Rule, t, i, "value", Rule.Format(i.Indicator.Name.Trim(), $"反向指标（{word}越低越好）", written),
                        expected: "≤" + target.Number + target.Unit, actual: written,
                        suggestion: $"反向指标应设上限，如“≤{target.Number}{target.Unit}”",
                        fix: OperatorFix.For(i.Indicator, ComparisonOperator.AtMost));
                }
                else if (op.IsFloor() && IsCostMeasure(i) && MoneyAmounts.IsMoney(target, costContext: true))
                {
                    // A 标准 (居民医保人均财政补助标准 ≥800元, 个人缴费标准 ≥430元) is a rate set by policy that the money must at least
                    // reach, not a cost to keep down: the floor may be meant, so the finding says so and is only a warning.
                    var standard = i.Name.Contains("标准", StringComparison.Ordinal);
                    var message = Rule.Format(i.Indicator.Name.Trim(), "成本（越低越好，应设上限）", written);
                    context.ReportIndicator(Rule, t, i, "value",
                        standard ? message + "（未能确定：指标名称是一项“标准”，可能是政策规定必须达到的补助或缴费标准，写成下限未必有误，请人工核对）" : message,
                        standard ? Severity.Warning : null,
                        expected: "≤" + target.Number + target.Unit, actual: written,
                        suggestion: $"成本指标应设上限，如“≤{target.Number}{target.Unit}”，且不超过项目预算",
                        fix: OperatorFix.For(i.Indicator, ComparisonOperator.AtMost));
                }
            }
        }
    }

    /// <summary>A money measure where less is better: under 成本, or named 成本/费用/单价/补贴标准; not a saving or an income.</summary>
    private static bool IsCostMeasure(IndicatorFacts i) =>
        (i.IsCost || MeasureMeaning.CostWord(i.Name) is not null)
        && !MeasureMeaning.SpeaksOfChange(i.Name)
        && !i.Name.Contains("效益", StringComparison.Ordinal)
        && i.Level1 != Level1Kind.Benefit;
}
