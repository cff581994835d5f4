using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Consistency;

/// <summary>
/// R-CON-004: a project's indicator weights (权重), where present, sum to the table's own total: the total it states
/// (分值权重（90分）), else 90 where 预算执行率 has its own 10 points (执行率分值（10分）), else 100 (RULES.md). An error when the
/// table states its total; a warning when the expected total is assumed. The department-wide table is R-DEP-003.
/// </summary>
public sealed class R_CON_004_WeightsNotHundred : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.WeightsNotHundred, RuleFamily.Consistency, Severity.Error,
        "指标权重合计不为100",
        "{0}的指标权重合计为{1}，应为{2}（{3}）",
        RuleSources.Clause(RuleSources.Doc10, "绩效评价指标权重合计为100分"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.Projects)
            Check(context, Rule, t, $"项目“{t.Project!.Name}”", t.Project.StatedWeightTotal, t.Project.ExecutionRatePoints);
    }

    /// <summary>
    /// The expected total, where it comes from, and whether the table printed it: the table's stated total, else its own
    /// 执行率 points, else the jurisdiction's weight frame (陕西: 90 + 10), else 100.
    /// </summary>
    public static (decimal Total, string From, bool Stated) Expected(decimal? statedTotal, decimal? executionRatePoints,
        Profiles.Jurisdictions.JurisdictionMatch? jurisdiction = null) =>
        statedTotal is { } s ? (s, $"表中列明权重合计{RoundingTolerance.Format(s)}分", true)
        : executionRatePoints is { } e ? (100 - e, $"表中预算执行率单列{RoundingTolerance.Format(e)}分，其余指标合计应为{RoundingTolerance.Format(100 - e)}分", false)
        : jurisdiction?.Profile.ExecutionRatePoints is { } j
            ? (100 - j, $"表中未列明权重合计；{jurisdiction.Describe()}，预算执行率单列{RoundingTolerance.Format(j)}分，其余指标合计应为{RoundingTolerance.Format(100 - j)}分", false)
        : (100m, "表中未列明权重合计，按100分计", false);

    internal static void Check(ReviewContext context, RuleDescriptor rule, IndicatorTableFacts t, string owner,
        decimal? statedTotal = null, decimal? executionRatePoints = null)
    {
        decimal sum = 0;
        var any = false;
        foreach (var i in t.Indicators)
        {
            if (i.Indicator.Weight is { } w) { sum += w.Value; any = true; }
        }
        var (expected, from, stated) = Expected(statedTotal, executionRatePoints, context.Jurisdiction);
        if (!any || sum == expected) return;
        var total = RoundingTolerance.Format(sum);
        var want = RoundingTolerance.Format(expected);
        var message = rule.Format(owner, total, want, from);
        // Exactly twice (or more times) the expected total: two tables (a project and the 部门整体 table after it) read as one.
        var merged = expected > 0 && sum >= 2 * expected && sum % expected == 0;
        if (merged) message += $"（未能确定：合计恰为{want}的{RoundingTolerance.Format(sum / expected)}倍，可能是相邻的两张表被读成了一张，请人工核对）";
        context.Report(rule, FindingLocation.ForProject(t.Index, "weight", t.SourceLine), message,
            FindingFingerprint.Content(t.Key, string.Join('|', t.Indicators.Select(i => i.Name + "=" + i.Indicator.Weight?.Text))),
            stated && !merged ? null : Severity.Warning,
            expected: want, actual: total, suggestion: $"调整各指标权重，使合计为{want}");
    }
}
