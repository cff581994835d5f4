using System.Globalization;
using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Core.Performance;
using Jixiao.Documents.Publishing.Xlsx;

namespace Jixiao.Documents.SelfEvaluation;

/// <summary>
/// Writes 项目支出绩效自评表 in the layout of 财预〔2020〕10号's attachment, one sheet per project, pre-filled from the
/// targets line for line: 项目名称/编码, 年初预算数/全年预算数 (全年执行数 left to fill), 分值 10, 年度总体目标 (预期目标), and
/// the indicator table with 年度指标值 and each line's 分值; what the sheet has filled (实际完成值, 评价等级, 得分, 偏差原因)
/// is written too, so a filled JSON sheet can also be handed out as Excel. <see cref="EvaluationTableReader"/> reads it
/// back, and reads a 自评表 from other producers by its headers.
/// </summary>
public static class EvaluationXlsxWriter
{
    public const string Title = "项目支出绩效自评表";

    /// <summary>The indicator table's header, in 10号's order plus 评价等级 (for lines scored by judgement).</summary>
    public static readonly string[] IndicatorHeader = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评价等级", "偏差原因分析及改进措施"];

    public static void Write(TargetDocument targets, EvaluationSheet sheet, Stream output, EvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(output);
        settings ??= EvaluationSettings.Default;
        var unit = sheet.MoneyUnit ?? targets.MoneyUnit;
        // The same matching as the scorer's (code, then name), so two projects of one name each find their own.
        var match = LineMatcher.Match(targets.Projects, sheet.Projects, (p => p.Code, a => a.Code), (p => p.Name, a => a.Name));
        var sheets = new List<(string, SheetGrid)>();
        for (var i = 0; i < sheet.Projects.Count; i++)
        {
            var filled = sheet.Projects[i];
            var target = match[i] >= 0 ? targets.Projects[match[i]] : null;
            sheets.Add((filled.Name, ProjectSheet(sheet.FiscalYear ?? targets.FiscalYear, unit, target, filled, settings)));
        }
        WorkbookWriter.Write(output, sheets, "绩效目标中没有项目。");
    }

    private static SheetGrid ProjectSheet(int? year, MoneyUnit? unit, Project? target, ProjectActuals filled, EvaluationSettings settings)
    {
        var grid = new SheetGrid();
        grid.AddRow(XlsxCell.Label(Title));
        if (year is int y) grid.AddRow(XlsxCell.Plain($"（{y.ToString(CultureInfo.InvariantCulture)}年度）"));
        grid.AddRow(XlsxCell.Label("项目名称"), XlsxCell.Plain(filled.Name));
        grid.AddRow(XlsxCell.Label("项目编码"), XlsxCell.Optional(filled.Code));
        grid.AddRow(XlsxCell.Label("主管部门"), XlsxCell.Optional(target?.Supervisor), XlsxCell.Label("实施单位"), XlsxCell.Optional(target?.Implementer));
        var e = filled.Execution;
        grid.AddRow(XlsxCell.Label($"项目资金（{unit?.ToChinese() ?? "万元"}）"), XlsxCell.Label("年初预算数"), XlsxCell.Label("全年预算数"),
            XlsxCell.Label("全年执行数"), XlsxCell.Label("分值"), XlsxCell.Label("执行率"), XlsxCell.Label("得分"));
        grid.AddRow(XlsxCell.Label("年度资金总额"), XlsxCell.Figure(e.InitialBudget), XlsxCell.Figure(e.YearBudget), XlsxCell.Figure(e.Executed),
            XlsxCell.Figure(ScoreRounding.FormatPoints(settings.ExecutionPoints)));
        var goals = target is null ? "" : string.Join("\n", target.Goals.Select((g, k) => target.Goals.Count > 1 ? $"{k + 1}. {g}" : g));
        var first = grid.AddRow(XlsxCell.Label("年度总体目标"), XlsxCell.Label("预期目标"), XlsxCell.Optional(goals));
        var second = grid.AddRow(null, XlsxCell.Label("实际完成情况"));
        grid.MergeDown(0, first, second);
        grid.Skip();
        grid.AddRow(IndicatorHeader.Select(h => (XlsxCell?)XlsxCell.Label(h)).ToArray());

        var lines = target is null ? [] : EvaluationLines.Of(target);
        var points = LinePoints.Allocate(lines, lines.Select(_ => true).ToArray(), settings);
        var used = new bool[filled.Indicators.Count];
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            var f = Find(filled.Indicators, used, line);
            grid.AddRow(XlsxCell.Optional(line.Level1), XlsxCell.Optional(line.Level2), XlsxCell.Plain(line.Name),
                XlsxCell.Optional(line.Value), XlsxCell.Optional(f?.Actual), XlsxCell.Figure(ScoreRounding.FormatPoints(points[k])),
                XlsxCell.Figure(f?.Score), XlsxCell.Optional(f?.Grade), XlsxCell.Optional(f?.Reason));
        }
        // Lines of the sheet the targets do not have are kept, so nothing filled is lost.
        for (var k = 0; k < filled.Indicators.Count; k++)
        {
            if (used[k]) continue;
            var f = filled.Indicators[k];
            grid.AddRow(null, XlsxCell.Optional(f.Level2), XlsxCell.Plain(f.Name), null, XlsxCell.Optional(f.Actual), null,
                XlsxCell.Figure(f.Score), XlsxCell.Optional(f.Grade), XlsxCell.Optional(f.Reason));
        }
        grid.AddRow(XlsxCell.Label("总分"), null, null, null, null,
            XlsxCell.Figure(ScoreRounding.FormatPoints(settings.ExecutionPoints + settings.IndicatorPoints)));
        return grid;
    }

    private static IndicatorActual? Find(IReadOnlyList<IndicatorActual> filled, bool[] used, Indicator line)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            for (var k = 0; k < filled.Count; k++)
            {
                if (used[k] || LineMatcher.Clean(filled[k].Name) != LineMatcher.Clean(line.Name)) continue;
                if (pass == 0 && LineMatcher.Clean(filled[k].Level2) != LineMatcher.Clean(line.Level2)) continue;
                used[k] = true;
                return filled[k];
            }
        }
        return null;
    }
}
