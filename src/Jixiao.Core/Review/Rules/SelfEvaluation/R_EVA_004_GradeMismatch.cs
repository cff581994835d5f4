using Jixiao.Core.Model.PrintedEvaluation;

namespace Jixiao.Core.Review.Rules.SelfEvaluation;

/// <summary>
/// R-EVA-004：印出的等级与印出的总分不符（优 ≥ 90，良 80–90，中 60–80，差 60 以下；上海的合格、不合格按同样的分数段）。
/// 总分恰在分界上、而印出的是下一等的，可能是“>90 为优”的写法，只报警告；认不出的等级（不是这几套里的）报警告。
/// 总分本身是否加对由 R-EVA-003 核对。
/// </summary>
public sealed class R_EVA_004_GradeMismatch : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.GradeMismatch, RuleFamily.SelfEvaluation, Severity.Error,
        "自评等级与总分不符",
        "等级核对：{1}",
        RuleSources.Clause(RuleSources.Doc10, "第二十七条 绩效评价结果采取评分和评级相结合的方式，总分90（含）—100分为优、80（含）—90分为良、60（含）—80分为中、60分以下为差"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var table in context.Document.SelfEvaluations)
        {
            if (table.Grade is not { IsBlank: false } grade || PrintedNumber.Parse(table.Total?.Text) is not { } total) continue;
            var where = PrintedTables.At(table, grade, "等级");
            var content = PrintedTables.Content(table, "等级", table.Total!.Text, grade.Text);
            var (label, scale) = GradeScales.Recognize(grade.Text);
            if (scale is null)
            {
                context.Report(Rule, where,
                    Rule.Format(table.Label, $"等级“{grade.Text}”不是优、良、中、差（或合格、不合格），无法与总分{table.Total.Text}核对"),
                    content, Severity.Warning, actual: grade.Text, suggestion: "按总分写明等级：优、良、中、差");
                continue;
            }
            var expected = GradeScales.Of(scale, total.Value);
            if (expected.Label == label) continue;
            // 总分恰在分界上（90），印出的是下一等（良）：有的地方写“>90 为优”。
            var onBoundary = total.Value == expected.From && GradeScales.Of(scale, total.Value - 0.001m).Label == label;
            context.Report(Rule, where,
                Rule.Format(table.Label, $"总分{table.Total.Text}应评为“{expected.Label}”（{Bands(scale)}），印出的等级是“{grade.Text}”" +
                    (onBoundary ? $"（总分恰为{expected.From:0.##}分，若当地以“>{expected.From:0.##}分”为{expected.Label}，则不算错，请核实）" : "")),
                content, onBoundary ? Severity.Warning : null, expected: expected.Label, actual: grade.Text, suggestion: $"等级改为“{expected.Label}”，或核对总分");
        }
    }

    private static string Bands(IReadOnlyList<Jixiao.Core.Evaluation.GradeBand> scale) =>
        string.Join("，", scale.OrderByDescending(b => b.From).Select(b => b.From > 0 ? $"{b.Label}≥{b.From:0.##}" : $"{b.Label}<{scale.Where(x => x.From > 0).Min(x => x.From):0.##}"));
}
