using System.Globalization;
using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// R-GOAL-004: a figure the goal promises for a named indicator differs from the indicator's target
/// ("行政复议案件直接纠错率大于等于10%" in the goal, "≥15%" in the table). Only a figure that follows the
/// indicator's own name in the goal, in the indicator's unit, is compared; if any mention agrees, nothing is said.
/// </summary>
public sealed class R_GOAL_004_GoalContradictsIndicator : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.GoalContradictsIndicator, RuleFamily.Goals, Severity.Warning,
        "绩效目标与指标值不一致",
        "绩效目标中“{0}”为{1}{2}，而指标值为“{3}”，两者不一致",
        RuleSources.Clause(RuleSources.Doc88, "第十二条 审核内容：相关性（绩效指标与绩效目标是否对应）"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    // Words between an indicator's name and its figure in goal prose, longest first.
    private static readonly string[] Connectors =
    [
        "大于或等于", "小于或等于", "大于等于", "小于等于", "不低于", "不少于", "不超过", "不高于", "不多于", "控制在",
        "达到", "保持", "大于", "小于", "低于", "高于", "多于", "少于", "达", "为", "是", "约", "在", "≥", "≤", ">", "<", "=", "：", ":",
    ];

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects)
        {
            var project = t.Project!;
            if (project.Goals.Count == 0) continue;
            var goals = string.Join('|', project.Goals.Select(ReviewText.Normalize));
            foreach (var i in t.Indicators)
            {
                if (i.Target is not { IsMeasurable: true, NumericValue: { } target } tv || i.Name.Length < 3) continue;
                var unit = tv.Kind == TargetKind.Ratio ? "%" : tv.Unit ?? "";
                var matched = false;
                string? differing = null;
                for (var at = goals.IndexOf(i.Name, StringComparison.Ordinal); at >= 0 && !matched; at = goals.IndexOf(i.Name, at + 1, StringComparison.Ordinal))
                {
                    if (FigureAfter(goals, at + i.Name.Length, unit) is not { } figure) continue;
                    if (decimal.TryParse(figure, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n) && n == target) matched = true;
                    else differing ??= figure;
                }
                if (matched || differing is null) continue;
                context.ReportIndicator(Rule, t, i, "value", Rule.Format(i.Indicator.Name.Trim(), differing, unit, i.Indicator.Value?.Trim()),
                    expected: differing + unit, actual: i.Indicator.Value?.Trim(), suggestion: "统一绩效目标与指标值的数值");
            }
        }
    }

    /// <summary>The number right after the name (past connector words), when it is followed by the indicator's unit.</summary>
    private static string? FigureAfter(string text, int pos, string unit)
    {
        for (var rounds = 0; rounds < 3; rounds++)
        {
            var moved = false;
            foreach (var c in Connectors)
            {
                if (text.AsSpan(pos).StartsWith(c, StringComparison.Ordinal)) { pos += c.Length; moved = true; break; }
            }
            if (!moved) break;
        }
        var start = pos;
        while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] == '.')) pos++;
        if (pos == start || !char.IsAsciiDigit(text[start])) return null;
        var number = text[start..pos].TrimEnd('.');
        if (unit.Length > 0 && !text.AsSpan(pos).StartsWith(unit, StringComparison.Ordinal)) return null;
        if (unit.Length == 0 && pos < text.Length && text[pos] is '%' or '万' or '元') return null;
        return number;
    }
}
