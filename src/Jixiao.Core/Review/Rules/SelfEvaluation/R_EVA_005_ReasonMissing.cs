using Jixiao.Core.Model.PrintedEvaluation;

namespace Jixiao.Core.Review.Rules.SelfEvaluation;

/// <summary>
/// R-EVA-005：得分低于分值（扣了分）的行没有填偏差原因分析及改进措施（空格，或只写“无”“/”“—”）。分值和得分都读得准
/// 时为错误；表里根本没有偏差原因一栏的，整张表报一次警告（那是版式的问题，不是哪一行漏填）。
/// </summary>
public sealed class R_EVA_005_ReasonMissing : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ReasonMissingBelowFull, RuleFamily.SelfEvaluation, Severity.Error,
        "扣分未说明偏差原因",
        "扣分须说明原因：{1}",
        RuleSources.Clause(RuleSources.Doc10, "附件 项目支出绩效自评表：偏差原因分析及改进措施（未完成年度指标值的须说明）"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        var settings = PrintedTables.Settings;
        foreach (var table in context.Document.SelfEvaluations)
        {
            var withoutColumn = new List<string>();
            foreach (var line in table.Lines)
            {
                if (settings.NotApplicableWords.Contains(line.Actual?.Text.Trim() ?? "", StringComparer.Ordinal)) continue;
                if (PrintedNumber.Parse(line.Points?.Text) is not { } points || PrintedNumber.Parse(line.Score?.Text) is not { } score) continue;
                if (score.Value >= points.Value) continue;
                if (!table.HasReasonColumn) { withoutColumn.Add(line.Name); continue; }
                if (line.Reason is { IsBlank: false }) continue;
                context.Report(Rule, PrintedTables.At(table, line, "偏差原因分析及改进措施"),
                    Rule.Format(table.Label, $"{PrintedTables.Describe(line)}得分{line.Score}低于分值{line.Points}，没有填写偏差原因分析及改进措施" +
                        (line.Reason is { } r && r.Text.Trim().Length > 0 ? $"（只写了“{r.Text.Trim()}”）" : "")),
                    PrintedTables.Content(table, line.Name, line.Score?.Text, line.Points?.Text, line.Reason?.Text),
                    expected: "偏差原因及改进措施", actual: line.Reason?.Text.Trim() ?? "", suggestion: "说明未达到目标的原因和改进措施");
            }
            if (withoutColumn.Count > 0)
                context.Report(Rule, PrintedTables.At(table, null, "偏差原因分析及改进措施", sourceLine: table.Lines[0].SourceLine),
                    Rule.Format(table.Label, $"表中没有偏差原因分析及改进措施一栏，而{withoutColumn.Count}项指标扣了分（{string.Join("、", withoutColumn.Take(5))}{(withoutColumn.Count > 5 ? "等" : "")}），无从核对是否说明了原因"),
                    PrintedTables.Content(table, "无偏差原因栏", string.Join("|", withoutColumn)), Severity.Warning,
                    suggestion: "在自评表中加入偏差原因分析及改进措施一栏并填写");
        }
    }
}
