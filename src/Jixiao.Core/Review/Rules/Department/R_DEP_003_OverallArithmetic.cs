using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Department;

/// <summary>
/// R-DEP-003: the department-wide table's weights sum to its own total — the total it states (分值权重（90分）), else 90
/// where 预算执行率 has its own points (执行率分值（10分）), else 100, as for a project (R-CON-004): an error only when the
/// table states its total, a warning when the total is assumed; its funds: 预算支出总额 = 基本支出 + 项目支出
/// (within rounding: ±0.01 per summed line, reported as info). A weight finding covers the indicator rows (the weight
/// column and its total are on them); a funds finding sits on the row that prints the funds.
/// </summary>
public sealed class R_DEP_003_OverallArithmetic : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.OverallArithmetic, RuleFamily.Department, Severity.Error,
        "部门整体目标表数字不符",
        "部门整体目标表：{0}",
        RuleSources.Clause(RuleSources.Doc10, "指标权重合计为100；整体支出 = 基本支出 + 项目支出"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        var overallTable = context.IndicatorTables.FirstOrDefault(t => t.Index == 0);
        if (overallTable is not null)
        {
            decimal sum = 0;
            var any = false;
            foreach (var i in overallTable.Indicators)
                if (i.Indicator.Weight is { } w) { sum += w.Value; any = true; }
            var overall = context.Document.Overall;
            var (expected, from, stated) = Consistency.R_CON_004_WeightsNotHundred.Expected(overall?.StatedWeightTotal, overall?.ExecutionRatePoints, context.Jurisdiction);
            var want = RoundingTolerance.Format(expected);
            if (any && sum != expected)
                context.Report(Rule, WeightRows(overallTable), Rule.Format($"部门整体绩效指标权重合计为{RoundingTolerance.Format(sum)}，应为{want}（{from}）"),
                    FindingFingerprint.Content("weights", string.Join('|', overallTable.Indicators.Select(i => i.Name + "=" + i.Indicator.Weight?.Text))),
                    stated ? null : Severity.Warning,
                    expected: want, actual: RoundingTolerance.Format(sum), suggestion: $"调整各指标权重，使合计为{want}");
        }
        if (context.Document.Overall?.Funds is { Total: { } total, Basic: { } basic, Project: { } project } funds)
        {
            var sum = basic.Value + project.Value;
            var outcome = RoundingTolerance.Compare(total.Value, sum, 2);
            if (outcome == SumOutcome.Exact) return;
            var unit = context.Document.MoneyUnit is { } u ? Jixiao.Core.Model.MoneyUnits.ToChinese(u) : "";
            var diff = RoundingTolerance.Format(Math.Abs(total.Value - sum));
            var content = FindingFingerprint.Content("funds", total.Text, basic.Text, project.Text);
            if (outcome == SumOutcome.RoundingDifference)
                context.Report(Rule, FindingLocation.ForProject(0, "funds", funds.SourceLine),
                    RoundingNote.Message("部门整体支出预算总额", total.Text, "基本支出 + 项目支出", RoundingTolerance.Format(sum), diff, 2, unit),
                    content, Severity.Info, RoundingTolerance.Format(sum), total.Text);
            else
                context.Report(Rule, FindingLocation.ForProject(0, "funds", funds.SourceLine),
                    Rule.Format($"部门整体支出预算总额{total}{unit}，而基本支出{basic}与项目支出{project}合计{RoundingTolerance.Format(sum)}{unit}，相差{diff}{unit}"),
                    content, expected: RoundingTolerance.Format(sum), actual: total.Text, suggestion: "核对预算支出总额与基本支出、项目支出");
        }
    }

    /// <summary>The lines of the department-wide indicators, first to last (0 when the reader kept none).</summary>
    private static FindingLocation WeightRows(IndicatorTableFacts table)
    {
        var lines = table.Indicators.Select(i => i.SourceLine).Where(l => l > 0).ToList();
        var where = FindingLocation.ForProject(0, "weight", lines.Count > 0 ? lines.Min() : 0);
        return lines.Count > 1 ? where with { EndLine = lines.Max() } : where;
    }
}
