using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// R-VAL-007: a share above 100% or any percentage below 0. Only shares that cannot exceed the whole are
/// judged (满意度, 合格率, 覆盖率, 占比 …); growth, completion and cost-control rates may exceed 100%.
/// </summary>
public sealed class R_VAL_007_ImpossiblePercentage : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ImpossiblePercentage, RuleFamily.Values, Severity.Error,
        "百分比超出可能范围",
        "指标“{0}”的指标值“{1}”超出0%–100%，该比率不可能达到",
        "比率的取值范围（占比不超过100%，不小于0）",
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    private static readonly string[] Shares = ["占比", "比例", "覆盖面", "比率", "满意度"];

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
        {
            foreach (var i in t.Indicators)
            {
                if (i.Target is not { Kind: TargetKind.Ratio, NumericValue: { } n }) continue;
                var impossible = n < 0 || (n > 100 && IsShare(i.Name));
                if (!impossible) continue;
                context.ReportIndicator(Rule, t, i, "value", Rule.Format(i.Indicator.Name.Trim(), i.Indicator.Value?.Trim()),
                    suggestion: "比率应在0%–100%之间");
            }
        }
    }

    private static bool IsShare(string name)
    {
        if (MeasureMeaning.SpeaksOfChange(name) || name.Contains("完成率", StringComparison.Ordinal) || name.Contains("执行率", StringComparison.Ordinal)
            || name.Contains("控制率", StringComparison.Ordinal))
            return false;
        return MeasureMeaning.Direction(name) != MeasureDirection.Unknown || ReviewText.ContainsAny(name, Shares);
    }
}
