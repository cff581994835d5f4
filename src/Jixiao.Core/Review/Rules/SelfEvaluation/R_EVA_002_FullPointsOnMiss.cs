using Jixiao.Core.Evaluation;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.SelfEvaluation;

/// <summary>
/// R-EVA-002：实际完成值没有达到年度指标值，得分却是满分——财政复核最常查的“自评结果虚高”。数字上的未达到
/// （≥ 低于下限、≤ 高于上限）且读得准（实际完成值是一个确数，两边单位可比）时为错误；＝ 未达到（评价人可判“达成”）
/// 和期限类写着“未按时”“延期”的，满分只报警告，请评价人说明。
/// </summary>
public sealed class R_EVA_002_FullPointsOnMiss : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.FullPointsOnMiss, RuleFamily.SelfEvaluation, Severity.Error,
        "未达到目标却得满分",
        "{1}，未达到目标不应得满分",
        RuleSources.Clause(RuleSources.Doc10, "附件 项目支出绩效自评表填表说明：未完成年度指标值的应按完成比例扣分并说明偏差原因"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        var settings = PrintedTables.Settings;
        foreach (var table in context.Document.SelfEvaluations)
            foreach (var line in table.Lines)
            {
                var facts = PrintedLineFacts.Of(line, table.FiscalYear, settings);
                if (facts.NotApplicable || !facts.AtFullPoints || facts.Target is not { } target) continue;
                var content = PrintedTables.Content(table, line.Name, line.Target?.Text, line.Actual?.Text, line.Score?.Text);
                var where = PrintedTables.At(table, line, "得分");
                var described = PrintedTables.Describe(line);
                if (facts.MissesTarget == true)
                {
                    var numeric = target.Op is { } op && (op.IsFloor() || op.IsCeiling());
                    string? doubt = !numeric ? "＝类指标未达到时由评价人判定等级，“达成”也可给满分，请说明理由"
                        : !facts.ActualExact ? $"实际完成值“{line.Actual?.Text}”不是一个确数" : null;
                    context.Report(Rule, where,
                        Rule.Format(table.Label, $"{described}没有达到目标，得分却是满分{line.Score}分（自评结果虚高）" + (doubt is null ? "" : $"（{doubt}）")),
                        content, doubt is null ? null : Severity.Warning,
                        expected: numeric && facts.Formula is { Score: { } s } ? $"<{line.Points}（按公式{Performance.ScoreRounding.Format2(s)}）" : $"<{line.Points}",
                        actual: line.Score!.Text, suggestion: "按完成比例扣分，并填写偏差原因分析及改进措施");
                }
                else if (target.Kind == TargetKind.Deadline && line.Actual is { } actual
                    && settings.NotDoneWords.Any(w => actual.Text.Contains(w, StringComparison.Ordinal)))
                {
                    context.Report(Rule, where,
                        Rule.Format(table.Label, $"{described}写明未按期完成，得分却是满分{line.Score}分（期限类由评价人判定，请核实）"),
                        content, Severity.Warning, expected: $"<{line.Points}", actual: line.Score!.Text, suggestion: "按评判等级给分，并说明偏差原因");
                }
            }
    }
}
