using Jixiao.Core.Model.PrintedEvaluation;
using Jixiao.Core.Performance;

namespace Jixiao.Core.Review.Rules.SelfEvaluation;

/// <summary>
/// R-EVA-003：总分不等于预算执行率得分加各行得分之和。各项按印出的精度取整，所以相差不超过各项与总分半个末位之和的
/// 是尾差（提示）；超过的是错误。有一项得分没印出或不是数字（“约”“—”）时说不准，只报警告并说明哪一项。
/// 标为不适用的行不计。
/// </summary>
public sealed class R_EVA_003_TotalNotSum : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.TotalNotSum, RuleFamily.SelfEvaluation, Severity.Error,
        "自评总分不等于各项得分之和",
        "总分核对：{1}",
        RuleSources.Clause(RuleSources.Doc10, "附件 项目支出绩效自评表：总分 = 预算执行率得分 + 各项指标得分（满分100）"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        var settings = PrintedTables.Settings;
        foreach (var table in context.Document.SelfEvaluations)
        {
            if (PrintedNumber.Parse(table.Total?.Text) is not { } total) continue;
            var sum = 0m;
            var allowance = total.Unit / 2;
            var parts = 0;
            var unsure = new List<string>();
            // Some tables total the indicators only: their 总分 row prints 分值 90, the lines' points, and 得分 over
            // those 90 (西安's 2022 自评表, beside an execution score of its own). Such a total is checked against
            // the lines alone, not called short by the execution score.
            var indicatorsOnly = OverIndicatorsOnly(table, settings);
            if (indicatorsOnly) { }
            else if (PrintedNumber.Parse(table.ExecutionScore?.Text) is { } execution)
            {
                sum += execution.Value;
                allowance += execution.Unit / 2;
                parts++;
            }
            else unsure.Add(table.ExecutionScore is null ? "预算执行率得分未印出" : $"预算执行率得分“{table.ExecutionScore.Text}”不是数字");
            foreach (var line in table.Lines)
            {
                if (settings.NotApplicableWords.Contains(line.Actual?.Text.Trim() ?? "", StringComparer.Ordinal)) continue;
                if (PrintedNumber.Parse(line.Score?.Text) is { } score)
                {
                    sum += score.Value;
                    allowance += score.Unit / 2;
                    parts++;
                }
                else if (unsure.Count < 4) unsure.Add($"指标“{line.Name}”的得分" + (line.Score is null || line.Score.IsBlank ? "未印出" : $"“{line.Score.Text}”不是数字"));
            }
            if (parts == 0) continue;
            var difference = Math.Abs(total.Value - sum);
            if (difference == 0) continue;
            var where = PrintedTables.At(table, table.Total, "得分");
            var content = PrintedTables.Content(table, "总分", table.Total!.Text, ScoreRounding.Format2(sum));
            var summed = indicatorsOnly
                ? $"总分只计各项指标（分值{table.TotalPoints!.Text}），{table.Lines.Count}项指标得分之和为{Format(sum)}"
                : $"预算执行率得分与{table.Lines.Count}项指标得分之和为{Format(sum)}";
            if (unsure.Count == 0 && difference <= allowance)
            {
                context.Report(Rule, where,
                    Rule.Format(table.Label, $"总分{table.Total.Text}，{summed}，相差{Format(difference)}，在各项四舍五入允许的范围内（±{Format(allowance)}），属尾差，不作为错误"),
                    content, Severity.Info, expected: Format(sum), actual: table.Total.Text);
                continue;
            }
            var message = $"总分{table.Total.Text}，而{summed}，相差{Format(difference)}" +
                (unsure.Count == 0 ? "" : $"（不能确定：{string.Join("；", unsure)}）");
            context.Report(Rule, where, Rule.Format(table.Label, message), content, unsure.Count == 0 ? null : Severity.Warning,
                expected: Format(sum), actual: table.Total.Text, suggestion: "核对各项得分与总分");
        }
    }

    /// <summary>
    /// The 总分 row's printed 分值 is the sum of the lines' 分值 (not applicable lines left out) and no more: the table
    /// totals its indicators without the 预算执行率 score.
    /// </summary>
    private static bool OverIndicatorsOnly(Model.PrintedEvaluation.PrintedSelfEvaluation table, Evaluation.EvaluationSettings settings)
    {
        if (PrintedNumber.Parse(table.TotalPoints?.Text) is not { } totalPoints || PrintedNumber.Parse(table.ExecutionPoints?.Text) is not { } executionPoints
            || executionPoints.Value <= 0) return false;
        var points = 0m;
        foreach (var line in table.Lines)
        {
            if (settings.NotApplicableWords.Contains(line.Actual?.Text.Trim() ?? "", StringComparer.Ordinal)) continue;
            if (PrintedNumber.Parse(line.Points?.Text) is not { } p) return false;
            points += p.Value;
        }
        return points > 0 && points == totalPoints.Value;
    }

    private static string Format(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
