using System.Globalization;
using Jixiao.Core.Model;
using Jixiao.Core.Monitoring;
using Jixiao.Core.Performance;
using Jixiao.Documents.Publishing.Xlsx;

namespace Jixiao.Documents.Monitoring;

/// <summary>
/// Writes 项目支出绩效目标执行监控表 in the layout of 财预〔2019〕136号's attachment, one sheet per project, pre-filled from the
/// targets line for line: 项目名称/编码, 主管部门/实施单位, 项目资金 (年初预算数, 全年预算数, 1–N月执行数, 执行率), then the
/// indicator table (一级/二级/三级指标, 年度指标值, 1–N月执行情况, 全年预计完成情况, 完成目标可能性, the five 偏差原因 as
/// columns to tick with √, 原因说明, 纠偏措施). What the report has filled is written too.
/// <see cref="MonitoringTableReader"/> reads it back.
/// </summary>
public static class MonitoringXlsxWriter
{
    public const string Title = "项目支出绩效目标执行监控表";
    public const string Tick = "√";

    public static string Executed(int endMonth) => $"1–{endMonth}月执行数";

    public static string Progress(int endMonth) => $"1–{endMonth}月执行情况";

    public static void Write(TargetDocument targets, MonitoringSheet sheet, DateOnly asOf, IReadOnlyDictionary<string, string> notes, Stream output,
        MonitoringSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(notes);
        settings ??= MonitoringSettings.Default;
        var sheets = new List<(string, SheetGrid)>();
        foreach (var target in targets.Projects)
        {
            var filled = sheet.Projects.FirstOrDefault(p => p.Key is not null && p.Key == target.Key)
                         ?? sheet.Projects.FirstOrDefault(p => p.Name == target.Name);
            sheets.Add((target.Name, ProjectSheet(targets, target, filled, asOf, notes, settings)));
        }
        WorkbookWriter.Write(output, sheets, "绩效目标中没有项目。");
    }

    private static SheetGrid ProjectSheet(TargetDocument targets, Project target, ProjectProgress? filled, DateOnly asOf,
        IReadOnlyDictionary<string, string> notes, MonitoringSettings settings)
    {
        var grid = new SheetGrid();
        grid.AddRow(XlsxCell.Label(Title));
        grid.AddRow(XlsxCell.Plain($"（{asOf.Year.ToString(CultureInfo.InvariantCulture)}年1–{asOf.Month}月）"));
        grid.AddRow(XlsxCell.Label("项目名称"), XlsxCell.Plain(target.Name), XlsxCell.Label("项目编码"), XlsxCell.Optional(target.Code));
        grid.AddRow(XlsxCell.Label("主管部门"), XlsxCell.Optional(target.Supervisor), XlsxCell.Label("实施单位"), XlsxCell.Optional(target.Implementer));
        var unit = (target.MoneyUnit ?? targets.MoneyUnit ?? MoneyUnit.TenThousandYuan).ToChinese();
        var header = new List<XlsxCell?>
        {
            XlsxCell.Label($"项目资金（{unit}）"), XlsxCell.Label("年初预算数"), XlsxCell.Label("全年预算数"), XlsxCell.Label(Executed(asOf.Month)),
            XlsxCell.Label("执行率"),
        };
        header.AddRange(settings.Causes.Select(c => (XlsxCell?)XlsxCell.Label(c)));
        header.Add(XlsxCell.Label("原因说明"));
        header.Add(XlsxCell.Label("纠偏措施"));
        grid.AddRow(header);
        var e = filled?.Execution;
        var rate = e?.Executed is { } x && (e.YearBudget?.Value ?? target.Budget.Total?.Value) is { } b && b > 0
            ? ScoreRounding.Format2(x.Value / b * 100m) + "%" : null;
        var money = new List<XlsxCell?>
        {
            XlsxCell.Label("年度资金总额"), XlsxCell.Figure(target.Budget.Total), XlsxCell.Figure(e?.YearBudget ?? target.Budget.Total),
            XlsxCell.Figure(e?.Executed), XlsxCell.Optional(rate),
        };
        money.AddRange(Ticks(filled?.Causes, settings));
        money.Add(XlsxCell.Optional(target.Key is null ? null : notes.GetValueOrDefault(target.Key)));
        money.Add(XlsxCell.Optional(filled?.Remedy));
        grid.AddRow(money);
        grid.Skip();

        var lineHeader = new List<XlsxCell?>
        {
            XlsxCell.Label("一级指标"), XlsxCell.Label("二级指标"), XlsxCell.Label("三级指标"), XlsxCell.Label("年度指标值"),
            XlsxCell.Label(Progress(asOf.Month)), XlsxCell.Label("全年预计完成情况"), XlsxCell.Label("完成目标可能性"),
        };
        lineHeader.AddRange(settings.Causes.Select(c => (XlsxCell?)XlsxCell.Label(c)));
        lineHeader.Add(XlsxCell.Label("原因说明"));
        lineHeader.Add(XlsxCell.Label("纠偏措施"));
        grid.AddRow(lineHeader);
        foreach (var line in EvaluationLines.Of(target))
        {
            var f = filled?.Indicators.FirstOrDefault(i => i.Key is not null && i.Key == line.Key)
                    ?? filled?.Indicators.FirstOrDefault(i => i.Name == line.Name && i.Level2 == line.Level2);
            var row = new List<XlsxCell?>
            {
                XlsxCell.Optional(line.Level1), XlsxCell.Optional(line.Level2), XlsxCell.Plain(line.Name), XlsxCell.Optional(line.Value),
                XlsxCell.Optional(f?.Progress), XlsxCell.Optional(f?.Forecast), XlsxCell.Optional(f?.Likelihood),
            };
            row.AddRange(Ticks(f?.Causes, settings));
            row.Add(XlsxCell.Optional(notes.GetValueOrDefault(target.Key + "/" + line.Key)));
            row.Add(XlsxCell.Optional(f?.Remedy));
            grid.AddRow(row);
        }
        return grid;
    }

    private static IEnumerable<XlsxCell?> Ticks(IReadOnlyList<string>? causes, MonitoringSettings settings) =>
        settings.Causes.Select(c => causes is not null && causes.Contains(c, StringComparer.Ordinal) ? XlsxCell.Plain(Tick) : (XlsxCell?)null);
}
