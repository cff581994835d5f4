using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Core.Performance;

namespace Jixiao.Cli.Commands.Evaluate;

/// <summary>The readable self-evaluation: per project a table of lines (指标值, 实际完成值, 分值, 得分), the totals and grade, the findings.</summary>
internal static class EvaluationSummary
{
    public static void Write(TargetDocument targets, EvaluationResult result, TextWriter o)
    {
        var console = PerformanceTable.Console(o);
        var unit = result.MoneyUnit?.ToChinese() ?? "";
        for (var i = 0; i < result.Projects.Count; i++)
        {
            var p = result.Projects[i];
            o.WriteLine($"【项目 {i + 1}】{p.Name}" + (p.Code is null ? "" : $"（{p.Code}）") + (p.Matched ? "" : "——绩效目标中找不到，未评分"));
            if (p.Matched)
            {
                var table = PerformanceTable.Create("二级指标", "三级指标", "指标值", "实际完成值", "计分方式", ">分值", ">得分");
                foreach (var l in p.Indicators)
                    PerformanceTable.AddRow(table, l.Level2, l.Name, l.Target, l.Actual, l.Method?.ToChinese() + (l.Grade is null || l.Method != ScoringMethod.Judged ? "" : $"（{l.Grade}）"),
                        l.Points is { } pts ? ScoreRounding.FormatPoints(pts) : null, l.Score is { } s ? ScoreRounding.Format2(s) : null);
                console.Write(table);
                var e = p.Execution;
                o.WriteLine($"  预算执行：全年预算数 {e.YearBudget?.Text ?? e.InitialBudget?.Text ?? "—"} {unit}，全年执行数 {e.Executed?.Text ?? "—"} {unit}，" +
                    $"执行率 {Two(p.ExecutionRate)}%，得分 {Two(p.ExecutionScore)}");
                o.WriteLine($"  指标得分 {Two(p.IndicatorScore)}，总分 {Two(p.Total)}，等级 {p.Grade}");
            }
            PerformanceTable.Findings(p.Findings, o);
            o.WriteLine();
        }
        var left = targets.Projects.Count - result.Projects.Count(p => p.Matched);
        if (left > 0) o.WriteLine($"绩效目标中另有 {left} 个项目不在本自评表中，未评分。");
        var grades = result.Projects.Where(p => p.Grade is not null).GroupBy(p => p.Grade!).Select(g => $"{g.Key} {g.Count()} 个");
        o.WriteLine($"自评完成：{result.Projects.Count} 个项目（{string.Join("，", grades)}）；{PerformanceTable.Counts(result.Findings)}。"
            + (result.BlocksSubmission ? "有错误，改正后才能提交。" : "可以提交。"));
    }

    private static string Two(decimal? value) => value is { } v ? ScoreRounding.Format2(v) : "—";
}
