using Jixiao.Core.Evaluation;
using Jixiao.Core.Performance;

namespace Jixiao.Core.Review.Rules.SelfEvaluation;

/// <summary>
/// R-EVA-001：印出的得分不是由年度指标值、实际完成值和分值按 10号公式算出的（与系统自评同一个计分器
/// <see cref="LineScore"/>）。按印出的精度比较（印成整数的得分与算出的值取整后比）。错误只在读得准、算得定时：
/// 分值、得分整格是数字，实际完成值是一个确数，两边单位可比，且公式自己算得出（≥、达到的 ≤ 和 ＝）；
/// ≤ 超过上限（省份用比例或偏离度两种算法，两种都不符才报）、期限类与实际完成值不是确数的，只报警告并说明不确定之处。
/// 由评价人判定的行（定性、＝未达到、期限未按时）不核对得分，只核对不超过分值；满分却未达到目标的由 R-EVA-002 报。
/// </summary>
public sealed class R_EVA_001_PrintedScoreWrong : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.PrintedScoreWrong, RuleFamily.SelfEvaluation, Severity.Error,
        "自评得分与公式不符",
        "{1}，得分与10号的计分公式不符",
        RuleSources.Clause(RuleSources.Doc10, "附件 项目支出绩效自评表填表说明：定量指标按实际完成值与年度指标值之比计分，最高不超过该指标分值"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        var settings = PrintedTables.Settings;
        foreach (var table in context.Document.SelfEvaluations)
            foreach (var line in table.Lines)
            {
                var facts = PrintedLineFacts.Of(line, table.FiscalYear, settings);
                if (facts.NotApplicable || facts.Points is not { } points || facts.Score is not { } score) continue;
                var where = PrintedTables.At(table, line, "得分");
                var content = PrintedTables.Content(table, line.Name, line.Target?.Text, line.Actual?.Text, line.Points?.Text, line.Score?.Text);
                var described = PrintedTables.Describe(line);
                if (score.Value > points.Value)
                {
                    context.Report(Rule, where, Rule.Format(table.Label, $"{described}得分{line.Score}超过其分值{line.Points}（超额完成也不得超过分值）"),
                        content, expected: $"≤{line.Points}", actual: line.Score!.Text, suggestion: $"得分改为不超过{line.Points}");
                    continue;
                }
                if (facts.Formula is not { Score: { } raw } formula) continue; // 由评价人判定的行
                if (facts.AtFullPoints && facts.MissesTarget == true) continue; // R-EVA-002
                var expected = ScoreRounding.Round2(raw);
                if (score.Value == score.AtPrintedPrecision(expected)) continue;

                string? doubt = null;
                if (formula.Method == ScoringMethod.LessRatio && formula.Target is { } t && formula.Actual is { } a && a > t)
                {
                    var other = settings.CeilingFormula == CeilingFormula.Ratio ? CeilingFormula.Deviation : CeilingFormula.Ratio;
                    var alternative = ScoreRounding.Round2(LineScore.Ceiling(t, a, points.Value, other));
                    if (score.Value == score.AtPrintedPrecision(alternative)) continue;
                    doubt = $"超过上限的扣分各地算法不同（按比例应得{ScoreRounding.Format2(expected)}，按偏离度应得{ScoreRounding.Format2(alternative)}），印出的都不是";
                }
                else if (formula.Method == ScoringMethod.Deadline)
                    doubt = "实际完成值按“完成”“按时”等字样认作按期完成，请核实";
                else if (!facts.ActualExact)
                    doubt = $"实际完成值“{line.Actual?.Text}”不是一个确数，按其中的数计算";

                var how = formula.Method switch
                {
                    ScoringMethod.GreaterRatio => "按 min(实际完成值÷指标值, 1)×分值",
                    ScoringMethod.LessRatio => "按不超过上限得满分、超过按 指标值÷实际完成值×分值",
                    _ => "达到目标得满分",
                };
                var message = $"{described}分值{line.Points}，{how}应得{ScoreRounding.Format2(expected)}分，印出得分{line.Score}" +
                    (doubt is null ? "" : $"（不能确定：{doubt}）");
                context.Report(Rule, where, Rule.Format(table.Label, message), content,
                    doubt is null ? null : Severity.Warning,
                    expected: ScoreRounding.Format2(expected), actual: line.Score!.Text, suggestion: $"核对实际完成值和得分；按公式得分为{ScoreRounding.Format2(expected)}");
            }
    }
}
