using System.Globalization;
using Jixiao.Core.Model;
using Jixiao.Core.Monitoring;
using Jixiao.Core.Performance;
using Jixiao.Core.Values;

namespace Jixiao.Cli.Commands.Monitor;

/// <summary>The readable monitoring report: per project its execution light and a table of lines with their lights, the findings, the counts.</summary>
internal static class MonitoringSummary
{
    public static void Write(TargetDocument targets, MonitoringResult result, TextWriter o)
    {
        var console = PerformanceTable.Console(o);
        o.WriteLine($"截至 {ChineseDates.Date(result.AsOf)}（{result.FiscalYear} 年度）");
        for (var i = 0; i < result.Projects.Count; i++)
        {
            var p = result.Projects[i];
            o.WriteLine($"【项目 {i + 1}】{p.Name}" + (p.Code is null ? "" : $"（{p.Code}）") + (p.Matched ? "" : "——绩效目标中找不到，未计算"));
            if (p.Matched)
            {
                o.WriteLine($"  预算执行：计划进度 {Two(p.PlannedRate)}%，实际执行 {Two(p.ExecutionRate)}%，{p.Light.ToChinese()}"
                    + (p.Causes.Count == 0 ? "" : $"；偏差原因：{string.Join("、", p.Causes)}") + (p.Remedy is null ? "" : $"；纠偏措施：{p.Remedy}"));
                var table = PerformanceTable.Create("二级指标", "三级指标", "年度指标值", "截至完成值", "全年预计", "完成可能性", "预警", "偏差原因");
                foreach (var l in p.Indicators)
                    PerformanceTable.AddRow(table, l.Level2, l.Name, l.Target, l.Progress, l.Forecast, l.Likelihood, l.Light.ToChinese(),
                        l.Causes.Count == 0 ? null : string.Join("、", l.Causes));
                console.Write(table);
            }
            PerformanceTable.Findings(p.Findings, o);
            o.WriteLine();
        }
        var left = targets.Projects.Count - result.Projects.Count(p => p.Matched);
        if (left > 0) o.WriteLine($"绩效目标中另有 {left} 个项目不在本监控表中。");
        var lights = result.Projects.Where(p => p.Matched).Select(p => p.Light)
            .Concat(result.Projects.SelectMany(p => p.Indicators.Select(l => l.Light))).ToList();
        var counts = string.Join("，", new[] { Light.Red, Light.Yellow, Light.Green, Light.Blue, Light.None }
            .Select(l => $"{l.ToChinese()} {lights.Count(x => x == l)}"));
        o.WriteLine($"监控完成：{result.Projects.Count} 个项目，{counts}；{PerformanceTable.Counts(result.Findings)}。"
            + (result.BlocksSubmission ? "有错误（红灯须说明偏差原因和纠偏措施），改正后才能报送。" : "可以报送。"));
    }

    private static string Two(decimal? value) => value is { } v ? ScoreRounding.Format2(v) : "—";
}
