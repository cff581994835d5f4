using System.Text.RegularExpressions;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>
/// R-GOAL-002: template text left in a goal or indicator: 目标内容1, 指标1 with nothing after, xxx/××,
/// …… on its own, 无 as the whole goal. "指标1：支持人民调解案件数量" has content and is not a placeholder.
/// </summary>
public sealed partial class R_GOAL_002_Placeholder : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.Placeholder, RuleFamily.Goals, Severity.Error,
        "模板占位文字未替换",
        "{0}“{1}”是模板占位文字，未填写实际内容",
        RuleSources.Practice,
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    // The whole text is a template label with at most a number: 目标内容1, 目标1, 指标1：, 内容.
    [GeneratedRegex(@"^(?:目标内容|指标内容|绩效目标|目标|指标|内容|项目名称|指标名称)[0-9一二三四五六七八九十]*$")]
    private static partial Regex TemplateLabel();

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects)
        {
            var project = t.Project!;
            foreach (var goal in project.Goals)
            {
                var g = ReviewText.TrimPunctuation(ReviewText.Normalize(goal));
                if (g.Length == 0) continue;
                if (TemplateLabel().IsMatch(g) || IsFiller(g) || g is "无" or "暂无" or "/")
                    context.Report(Rule, FindingLocation.ForProject(t.Index, "goals", project.SourceLine), Rule.Format("绩效目标", goal.Trim()),
                        FindingFingerprint.Content(t.Key, "goal", g), suggestion: "填写项目年度绩效目标的实际内容");
            }
        }
        foreach (var t in context.IndicatorTables)
        {
            foreach (var i in t.Indicators)
            {
                var name = ReviewText.TrimPunctuation(i.Name);
                if (name.Length > 0 && (TemplateLabel().IsMatch(name) || IsFiller(name)))
                    context.ReportIndicator(Rule, t, i, "name", Rule.Format("三级指标", i.Indicator.Name.Trim()), suggestion: "填写指标名称");
                else if (i.Value.Length > 0 && IsFiller(ReviewText.TrimPunctuation(i.Value)))
                    context.ReportIndicator(Rule, t, i, "value", Rule.Format("指标值", i.Indicator.Value!.Trim()), suggestion: "填写可考核的指标值");
            }
        }
    }

    /// <summary>XX/xxx/×× anywhere, or only dots and dashes.</summary>
    private static bool IsFiller(string text)
    {
        if (text.Contains("XX", StringComparison.Ordinal) || text.Contains("xx", StringComparison.Ordinal) || text.Contains("××", StringComparison.Ordinal))
            return true;
        if (text.Length == 0) return false;
        foreach (var c in text)
            if (c is not ('.' or '…' or '。' or '·' or '-' or '—' or '_')) return false;
        return true;
    }
}
