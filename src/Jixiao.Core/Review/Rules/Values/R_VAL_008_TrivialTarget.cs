using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>R-VAL-008: a target that cannot fail: "≥0" in any unit, or "≤100%" on a share where higher is better.</summary>
public sealed class R_VAL_008_TrivialTarget : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.TrivialTarget, RuleFamily.Values, Severity.Warning,
        "指标值无约束力",
        "指标“{0}”的指标值“{1}”{2}，不构成可考核的目标",
        RuleSources.Clause(RuleSources.Doc101, "指标值应具有一定的挑战性，不应设置必然完成的目标"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
        {
            foreach (var i in t.Indicators)
            {
                if (i.Target is not { IsMeasurable: true, Op: { } op, NumericValue: { } n } target) continue;
                string? why = null;
                if (op == ComparisonOperator.AtLeast && n == 0) why = "下限为0，任何结果都能达到";
                else if (op == ComparisonOperator.AtMost && n == 100 && target.Kind == TargetKind.Ratio
                    && MeasureMeaning.Direction(i.Name) == MeasureDirection.HigherIsBetter)
                    why = "对正向指标只设了100%的上限，任何结果都能达到";
                if (why is null) continue;
                context.ReportIndicator(Rule, t, i, "value", Rule.Format(i.Indicator.Name.Trim(), i.Indicator.Value?.Trim(), why),
                    suggestion: "按年度计划、历史水平或行业标准设定有约束力的目标值");
            }
        }
    }
}
