using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>R-VAL-002: a value that starts like a figure but cannot be read (the parser's message is quoted).</summary>
public sealed class R_VAL_002_ValueUnreadable : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ValueUnreadable, RuleFamily.Values, Severity.Warning,
        "指标值无法识别",
        "指标“{0}”的指标值“{1}”无法识别：{2}",
        RuleSources.Reading,
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
            foreach (var i in t.Indicators)
                if (i.Value.Length > 0 && i.Target is { Kind: TargetKind.Unparsed } target)
                    context.ReportIndicator(Rule, t, i, "value", Rule.Format(i.Indicator.Name.Trim(), i.Indicator.Value?.Trim(), target.Error ?? "格式不符"),
                        suggestion: "按“运算符 + 数字 + 单位”书写，如“≥95%”“≤10万元”");
    }
}
