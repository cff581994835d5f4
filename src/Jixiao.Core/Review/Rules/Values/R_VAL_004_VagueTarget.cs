using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.Values;

/// <summary>
/// R-VAL-004: a value nobody can check at year end (进一步保障, 效果显著, 有所提升 …) or the indicator's own
/// name or description repeated as its value. Values already reported by R-VAL-003 are not repeated here.
/// </summary>
public sealed class R_VAL_004_VagueTarget : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.VagueTarget, RuleFamily.Values, Severity.Warning,
        "指标值含糊、无法考核",
        "指标“{0}”的指标值“{1}”{2}，年终无法据此判断是否完成",
        RuleSources.Clause(RuleSources.Doc101, "定性指标应当具有明确的评价标准（分档描述）"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    private static readonly string[] VaguePhrases =
    [
        "进一步保障", "有效保障", "效果显著", "持续提升", "有所提升", "明显提高", "较上年提升", "充分保障",
        "持续保障", "持续提高", "持续维护", "持续促进", "持续增强", "持续改善", "巩固提升", "不断提升", "稳步提升", "显著提升",
        "有效提升", "进一步提升", "进一步提高", "明显提升", "有所提高", "有所改善", "逐步提高",
    ];

    private static readonly string[] VagueWholeValues = ["可持续", "持续", "提升", "提高", "保障", "有效", "良好", "较好", "显著", "明显", "及时", "是"];

    /// <summary>
    /// 是/否 answering an indicator that is itself a yes/no question (是否按时完成, 发放及时性, 合规性) is a binary
    /// target that can be checked at year end, not a vague one; a bare 是 under any other name still is vague.
    /// </summary>
    private static bool AnswersYesNoQuestion(string name, string value)
    {
        if (value is not ("是" or "否")) return false;
        var n = ReviewText.TrimPunctuation(name);
        return n.StartsWith("是否", StringComparison.Ordinal) || n.EndsWith('性');
    }

    public void Review(ReviewContext context)
    {
        foreach (var t in context.IndicatorTables)
        {
            foreach (var i in t.Indicators)
            {
                if (i.Target is not { Kind: TargetKind.Qualitative } || R_VAL_003_QualitativeWhereMeasurable.Applies(i)) continue;
                var v = ReviewText.TrimPunctuation(i.Value);
                if (v.Length == 0 || ReviewText.HasDigit(v) || ReviewText.IsNotApplicable(v)) continue;
                if (AnswersYesNoQuestion(i.Name, v)) continue;
                string? why = null;
                if (v == i.Name || (i.Description.Length > 0 && v == ReviewText.TrimPunctuation(i.Description)))
                    why = "只是重复了指标名称或描述";
                else if (Array.IndexOf(VagueWholeValues, v) >= 0 || (v.Length <= 24 && ReviewText.ContainsAny(v, VaguePhrases)))
                    why = "是含糊的表述";
                if (why is null) continue;
                context.ReportIndicator(Rule, t, i, "value", Rule.Format(i.Indicator.Name.Trim(), i.Indicator.Value?.Trim(), why),
                    suggestion: "改为可量化的目标（如“≥90%”），或写明分档评价标准（如“达成：…；部分达成：…；未达成：…”）");
            }
        }
    }
}
