using System.Globalization;
using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Core.Performance;

namespace Jixiao.Documents.Publishing.Layout;

/// <summary>
/// 填好并计了分的项目支出绩效自评表，按 10号附件的版式排成与格式无关的块（issue 18 必备 4 第三点）：每个项目一张表，
/// 表名与年度在上，项目名称、项目编码/实施单位、主管部门，项目资金（年初预算数、全年预算数、全年执行数、分值、执行率、
/// 得分），年度总体目标（预期目标、实际完成情况），指标表头（重复在每页），各行（一级、二级合并），总分行印分值、
/// 总分和等级。Word、PDF 由现成的渲染器画这些块，Excel 由 <see cref="Xlsx.LayoutSheet"/> 画同一张表，三者一致；
/// 印出的表可由 <see cref="Grid.SelfEvaluationTableReader"/> 读回并由 R-EVA 规则核对。
/// </summary>
public static class FilledEvaluationLayout
{
    public const string Title = "项目支出绩效自评表";

    /// <summary>指标表的栏，10号的次序加“评价等级”（评判类指标要用；总分行在这一栏印总的等级）。</summary>
    public static readonly string[] IndicatorHeader = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "评价等级", "偏差原因分析及改进措施"];

    private const int Columns = 9;

    /// <summary>每个计了分的项目一节（节间分页）。<paramref name="details"/> 给出主管部门、实施单位、预期目标与实际完成情况（可为空）。</summary>
    public static PublishedDocument From(EvaluationResult result, Func<ProjectEvaluation, EvaluationDetails?>? details = null, EvaluationSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        settings ??= EvaluationSettings.Default;
        var blocks = new List<LayoutBlock>();
        foreach (var project in result.Projects.Where(p => p.Matched))
        {
            if (blocks.Count > 0) blocks.Add(new PageBreakBlock(Landscape: false));
            blocks.Add(new TextBlock(TextRole.SectionHeading, Title));
            if (result.FiscalYear is int year) blocks.Add(new TextBlock(TextRole.UnitLine, $"（{year.ToString(CultureInfo.InvariantCulture)}年度）"));
            blocks.Add(new TableBlock(Table(result, project, details?.Invoke(project) ?? EvaluationDetails.None, settings)));
        }
        if (blocks.Count == 0) blocks.Add(new TextBlock(TextRole.Prose, "没有可印出的自评。"));
        var name = result.Projects.Count == 1 ? result.Projects[0].Name : null;
        return new PublishedDocument(name is null ? Title : $"{name}{Title}", blocks);
    }

    /// <summary>一个项目的表（Excel 也画这一张）。</summary>
    public static LayoutTable Table(EvaluationResult result, ProjectEvaluation project, EvaluationDetails details, EvaluationSettings settings)
    {
        var rows = new List<LayoutRow>();
        static LayoutCell H(string text, int column, int span = 1, int rowSpan = 1) => new([text], column, span, rowSpan, true);
        static LayoutCell T(string? text, int column, int span = 1, int rowSpan = 1) =>
            new(string.IsNullOrEmpty(text) ? [] : text.Split('\n'), column, span, rowSpan, false);

        rows.Add(new([H("项目名称", 0), T(project.Name, 1, 8)]));
        rows.Add(new([H("项目编码", 0), T(project.Code, 1, 3), H("实施单位", 4), T(details.Implementer, 5, 4)]));
        rows.Add(new([H("主管部门", 0), T(details.Supervisor, 1, 8)]));
        var unit = (result.MoneyUnit ?? MoneyUnit.TenThousandYuan).ToChinese();
        rows.Add(new([H($"项目资金（{unit}）", 0), H("年初预算数", 1, 2), H("全年预算数", 3), H("全年执行数", 4), H("分值", 5), H("执行率", 6), H("得分", 7, 2)]));
        var e = project.Execution;
        rows.Add(new([H("年度资金总额", 0), T(e.InitialBudget?.Text, 1, 2), T(e.YearBudget?.Text, 3), T(e.Executed?.Text, 4),
            T(ScoreRounding.FormatPoints(settings.ExecutionPoints), 5),
            T(project.ExecutionRate is { } rate ? ScoreRounding.Format2(rate) + "%" : null, 6),
            T(project.ExecutionScore is { } es ? ScoreRounding.Format2(es) : null, 7, 2)]));
        rows.Add(new([H("年度总体目标", 0, rowSpan: 2), H("预期目标", 1, 2), T(details.ExpectedGoals, 3, 6)]));
        rows.Add(new([H("实际完成情况", 1, 2), T(details.GoalActual, 3, 6)]));
        rows.Add(new([.. IndicatorHeader.Select((h, c) => H(h, c))], RepeatsOnEachPage: true));

        var lines = project.Indicators;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            var cells = new List<LayoutCell>();
            // 一级、二级与上一行相同的并入上一行的合并格。
            if (k == 0 || !Same(lines[k - 1].Level1, line.Level1)) cells.Add(T(line.Level1, 0, rowSpan: Run(lines, k, l => l.Level1)));
            if (k == 0 || !Same(lines[k - 1].Level1, line.Level1) || !Same(lines[k - 1].Level2, line.Level2))
                cells.Add(T(line.Level2, 1, rowSpan: Run(lines, k, l => l.Level1 + "\u001f" + l.Level2)));
            var judged = line.Method == ScoringMethod.Judged;
            cells.Add(T(line.Name, 2));
            cells.Add(T(line.Target, 3));
            cells.Add(T(line.Actual, 4));
            cells.Add(T(line.Points is { } p ? ScoreRounding.FormatPoints(p) : null, 5));
            cells.Add(T(line.Method == ScoringMethod.NotApplicable ? "不适用" : line.Score is { } s ? ScoreRounding.Format2(s) : null, 6));
            cells.Add(T(judged ? line.Grade : null, 7));
            cells.Add(T(line.Reason, 8));
            rows.Add(new(cells));
        }
        rows.Add(new([H("总分", 0, 5), T(ScoreRounding.FormatPoints(settings.ExecutionPoints + settings.IndicatorPoints), 5),
            T(project.Total is { } total ? ScoreRounding.Format2(total) : null, 6), T(project.Grade, 7), T(null, 8)]));
        var weights = new double[Columns];
        Array.Fill(weights, 1.0);
        weights[2] = 1.6;
        weights[8] = 2.0;
        return new LayoutTable(Columns, weights, rows);
    }

    private static bool Same(string? a, string? b) => LineMatcher.Clean(a) == LineMatcher.Clean(b);

    /// <summary>从第 <paramref name="k"/> 行起同一键的连续行数。</summary>
    private static int Run(IReadOnlyList<IndicatorEvaluation> lines, int k, Func<IndicatorEvaluation, string?> key)
    {
        var n = 1;
        while (k + n < lines.Count && LineMatcher.Clean(key(lines[k + n])) == LineMatcher.Clean(key(lines[k]))) n++;
        return n;
    }
}

/// <summary>自评结果里没有、印出的表要有的文字：主管部门、实施单位、年度总体目标的预期目标与实际完成情况。</summary>
public sealed record EvaluationDetails(string? Supervisor, string? Implementer, string? ExpectedGoals, string? GoalActual)
{
    public static readonly EvaluationDetails None = new(null, null, null, null);

    /// <summary>由绩效目标中的项目（主管部门、实施单位、年度目标）与填报的实际完成情况。</summary>
    public static EvaluationDetails Of(Project? target, string? goalActual) => target is null
        ? new(null, null, null, goalActual)
        : new(target.Supervisor, target.Implementer,
            string.Join("\n", target.Goals.Select((g, k) => target.Goals.Count > 1 ? $"{k + 1}. {g}" : g)), goalActual);
}
