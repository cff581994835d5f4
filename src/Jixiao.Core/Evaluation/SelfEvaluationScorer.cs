using Jixiao.Core.Model;
using Jixiao.Core.Performance;
using Jixiao.Core.Review;
using Jixiao.Core.Values;

namespace Jixiao.Core.Evaluation;

/// <summary>
/// Scores a filled self-evaluation (单位自评) against the approved targets (RULES.md "Self-evaluation scoring",
/// FORMAT.md <c>jixiao.evaluation/1</c>) under a jurisdiction's <see cref="EvaluationSettings"/>. Each project of the
/// sheet is matched to its target project; its lines are the target's lines in the target's order (a line the sheet
/// leaves out is there with no actual), then any filled line the targets do not have. Pure: no I/O, no clock.
/// </summary>
public sealed class SelfEvaluationScorer(EvaluationSettings settings, TargetKeys keys)
{
    public SelfEvaluationScorer() : this(EvaluationSettings.Default, TargetKeys.None) { }

    public EvaluationSettings Settings { get; } = settings;

    public EvaluationResult Score(TargetDocument targets, EvaluationSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(sheet);
        var match = LineMatcher.Match(targets.Projects, sheet.Projects,
            (p => keys.Project(p), a => a.Key),
            (p => p.Code, a => a.Code),
            (p => p.Name, a => a.Name));
        var sheetUnit = sheet.MoneyUnit ?? targets.MoneyUnit;
        var projects = new List<ProjectEvaluation>(sheet.Projects.Count);
        for (var i = 0; i < sheet.Projects.Count; i++)
        {
            var filled = sheet.Projects[i];
            projects.Add(match[i] < 0
                ? Unmatched(filled, i + 1)
                : ScoreProject(targets, targets.Projects[match[i]], filled, i + 1, sheetUnit, sheet.FiscalYear ?? targets.FiscalYear));
        }
        return new EvaluationResult(sheet.FiscalYear ?? targets.FiscalYear, sheetUnit, projects);
    }

    /// <summary>
    /// The pre-filled sheet a unit starts from: every project and line of the targets, budgets from the targets, no actual.
    /// </summary>
    public static EvaluationSheet Template(TargetDocument targets, TargetKeys? keys = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        keys ??= TargetKeys.None;
        return new EvaluationSheet
        {
            FiscalYear = targets.FiscalYear,
            MoneyUnit = targets.MoneyUnit,
            Projects = targets.Projects.Select(p => new ProjectActuals
            {
                Key = keys.Project(p),
                Code = p.Code,
                Name = p.Name,
                Execution = new ExecutionActuals(p.Budget.Total, p.Budget.Total, null),
                Indicators = EvaluationLines.Of(p).Select(l => new IndicatorActual { Key = keys.Indicator(l), Level2 = l.Level2, Name = l.Name }).ToArray(),
            }).ToArray(),
        };
    }

    private static ProjectEvaluation Unmatched(ProjectActuals filled, int position) => new()
    {
        Key = filled.Key,
        Code = filled.Code,
        Name = filled.Name,
        Matched = false,
        Execution = filled.Execution,
        Indicators = filled.Indicators.Select(a => new IndicatorEvaluation
        {
            Key = a.Key, Level2 = a.Level2, Name = a.Name, Actual = a.Actual, Grade = a.Grade, WrittenScore = a.Score, Reason = a.Reason,
        }).ToArray(),
        Findings =
        [
            EvaluationRules.Unmatched.At(FindingLocation.ForProject(position, "name"),
                $"自评表第{position}个项目“{filled.Name}”" + (filled.Code is null ? "" : $"（{filled.Code}）") + "在绩效目标中找不到：请核对项目编码和项目名称",
                FindingFingerprint.Content(filled.Code, filled.Name)),
        ],
    };

    private ProjectEvaluation ScoreProject(TargetDocument targets, Project target, ProjectActuals filled, int position, MoneyUnit? sheetUnit, int? fiscalYear)
    {
        var findings = new List<Finding>();
        var targetLines = EvaluationLines.Of(target);
        var lineMatch = LineMatcher.Match(targetLines, filled.Indicators,
            (l => keys.Indicator(l), a => a.Key),
            (l => l.Level2 is null ? null : l.Level2 + "\u001f" + l.Name, a => a.Level2 is null ? null : a.Level2 + "\u001f" + a.Name),
            (l => l.Name, a => a.Name));
        var byTarget = new IndicatorActual?[targetLines.Count];
        for (var f = 0; f < filled.Indicators.Count; f++)
            if (lineMatch[f] >= 0) byTarget[lineMatch[f]] = filled.Indicators[f];

        var applicable = byTarget.Select(a => !IsNotApplicable(a?.Actual)).ToArray();
        var points = LinePoints.Allocate(targetLines, applicable, Settings);
        var lines = new List<IndicatorEvaluation>(filled.Indicators.Count + targetLines.Count);
        for (var t = 0; t < targetLines.Count; t++)
            lines.Add(ScoreLine(target, targetLines[t], byTarget[t], applicable[t], points[t], position, t + 1, fiscalYear, findings));
        if (targetLines.Count > 0 && !applicable.Contains(true))
            findings.Add(EvaluationRules.NothingApplicable.At(FindingLocation.ForProject(position, "indicators"),
                $"项目“{target.Name}”的全部{targetLines.Count}项指标都标为不适用，指标得分无从计算",
                FindingFingerprint.Content(target.Code, target.Name)));
        for (var f = 0; f < filled.Indicators.Count; f++)
        {
            if (lineMatch[f] >= 0) continue;
            var a = filled.Indicators[f];
            lines.Add(new IndicatorEvaluation { Key = a.Key, Level2 = a.Level2, Name = a.Name, Actual = a.Actual, Grade = a.Grade, WrittenScore = a.Score, Reason = a.Reason });
            findings.Add(EvaluationRules.Unmatched.At(FindingLocation.ForIndicator(position, lines.Count, "name"),
                $"项目“{target.Name}”的自评指标“{(a.Level2 is null ? "" : a.Level2 + "／")}{a.Name}”在该项目的绩效目标中找不到（或已填过一次）：请按目标表的指标名称填写",
                FindingFingerprint.Content(target.Code, target.Name, a.Level2, a.Name)));
        }

        var (rate, executionScore) = Execution(targets, target, filled.Execution, position, sheetUnit, findings);
        var indicatorScore = lines.Sum(l => l.Score ?? 0m);
        var total = executionScore + indicatorScore;
        return new ProjectEvaluation
        {
            Key = filled.Key ?? keys.Project(target),
            Code = filled.Code ?? target.Code,
            Name = filled.Name,
            Execution = filled.Execution,
            Indicators = lines,
            ExecutionRate = rate,
            ExecutionScore = executionScore,
            IndicatorScore = indicatorScore,
            Total = total,
            Grade = Settings.GradeOf(total),
            Findings = findings,
        };
    }

    private IndicatorEvaluation ScoreLine(Project project, Indicator target, IndicatorActual? filled, bool applicable, decimal points,
        int position, int line, int? fiscalYear, List<Finding> findings)
    {
        var result = new IndicatorEvaluation
        {
            Key = filled?.Key ?? keys.Indicator(target),
            Level1 = target.Level1,
            Level2 = target.Level2,
            Name = target.Name,
            Target = target.Value,
            Actual = filled?.Actual,
            Grade = filled?.Grade,
            WrittenScore = filled?.Score,
            Reason = filled?.Reason,
            Points = points,
        };
        var what = $"项目“{project.Name}”的指标“{target.Name}”（{target.Value ?? "无指标值"}）";
        var content = FindingFingerprint.Content(project.Code, project.Name, target.Level2, target.Name, target.Value, filled?.Actual,
            filled?.Grade, filled?.Score?.Text, filled?.Reason);
        var reasonGiven = !string.IsNullOrWhiteSpace(filled?.Reason);
        if (!applicable)
        {
            if (!reasonGiven)
                findings.Add(EvaluationRules.NotApplicableWithoutReason.At(FindingLocation.ForIndicator(position, line, "reason"),
                    $"{what}标为“{filled!.Actual!.Trim()}”，请在偏差原因分析及改进措施中说明为何不适用", content));
            return result with { Method = ScoringMethod.NotApplicable, Score = null };
        }
        if (string.IsNullOrWhiteSpace(filled?.Actual))
        {
            findings.Add(EvaluationRules.ActualMissing.At(FindingLocation.ForIndicator(position, line, "actual"),
                $"{what}未填实际完成值，本行按0分计", content, expected: null, actual: null));
            return result with { Method = MethodIfFilled(target), Score = 0m };
        }

        var formula = LineScore.Compute(EvaluationLines.TargetOf(target), filled.Actual, points, fiscalYear, Settings);
        if (formula.NotComparable)
            findings.Add(EvaluationRules.NotComparable.At(FindingLocation.ForIndicator(position, line, "actual"),
                $"{what}的实际完成值“{filled.Actual.Trim()}”与指标值单位不同或不是数值，无法按公式计分，改由评价人按等级评判", content));
        if (formula.Target is { } t && formula.Actual is { } a)
            FlagFarPast(target, t, a, what, position, line, content, findings);

        decimal score;
        if (formula.Method == ScoringMethod.Judged) score = Judge(filled, points, what, position, line, content, findings);
        else score = ScoreRounding.Round2(formula.Score ?? 0m);

        if (!reasonGiven && (score < points || formula.Method == ScoringMethod.Judged))
            findings.Add(EvaluationRules.ReasonMissing.At(FindingLocation.ForIndicator(position, line, "reason"),
                formula.Method == ScoringMethod.Judged
                    ? $"{what}由评价人评判（{Format(score)}分／{Format(points)}分），须填写偏差原因分析及改进措施，说明评判理由"
                    : $"{what}得分{Format(score)}低于分值{Format(points)}，须填写偏差原因分析及改进措施",
                content, expected: Format(points), actual: Format(score)));
        return result with { Method = formula.Method, Score = score };
    }

    /// <summary>The method a line would be scored by, for a line with no actual yet.</summary>
    private static ScoringMethod MethodIfFilled(Indicator target) => EvaluationLines.TargetOf(target) switch
    {
        { IsMeasurable: true, Op: { } op } when op.IsFloor() => ScoringMethod.GreaterRatio,
        { IsMeasurable: true, Op: { } op } when op.IsCeiling() => ScoringMethod.LessRatio,
        { IsMeasurable: true } => ScoringMethod.Equal,
        { Kind: TargetKind.Deadline } => ScoringMethod.Deadline,
        _ => ScoringMethod.Judged,
    };

    /// <summary>The evaluator's score of a judged line, checked against the grade's band; kept within [0, points].</summary>
    private decimal Judge(IndicatorActual filled, decimal points, string what, int position, int line, string content, List<Finding> findings)
    {
        var band = Settings.BandOf(filled.Grade);
        if (band is null || filled.Score is null)
        {
            var grades = string.Join("／", Settings.JudgedBands.Select(b => b.Grade));
            var missing = band is null
                ? (string.IsNullOrWhiteSpace(filled.Grade) ? "未选评价等级" : $"评价等级“{filled.Grade.Trim()}”无法识别") + $"（应为{grades}）"
                : "未打分";
            findings.Add(EvaluationRules.JudgementMissing.At(FindingLocation.ForIndicator(position, line, band is null ? "grade" : "score"),
                $"{what}须由评价人评判：{missing}" + (filled.Score is null ? "，本行暂按0分计" : ""), content));
        }
        if (filled.Score is not { } written) return 0m;
        var given = ScoreRounding.Round2(written.Value);
        if (band is not null && !band.Contains(written.Value, points))
        {
            var upper = band.ToInclusive ? "]" : ")";
            var range = $"[{Format(band.From * points)}, {Format(band.To * points)}{upper}";
            findings.Add(EvaluationRules.ScoreOutsideBand.At(FindingLocation.ForIndicator(position, line, "score"),
                $"{what}评为“{band.Grade}”，得分应在{range}分之间，实为{written.Text}分", content, expected: range, actual: written.Text));
        }
        else if (band is null && (written.Value < 0 || written.Value > points))
        {
            findings.Add(EvaluationRules.ScoreOutsideBand.At(FindingLocation.ForIndicator(position, line, "score"),
                $"{what}得分{written.Text}超出本行分值范围[0, {Format(points)}]", content, expected: $"[0, {Format(points)}]", actual: written.Text));
        }
        return Math.Clamp(given, 0m, points);
    }

    private void FlagFarPast(Indicator target, decimal t, decimal a, string what, int position, int line, string content, List<Finding> findings)
    {
        if (t == 0 || EvaluationLines.TargetOf(target)?.Op is not { } op) return;
        var past = op.IsFloor() ? (a - t) / t : op.IsCeiling() ? (t - a) / t : Math.Abs(a - t) / t;
        if (past <= Settings.FarPastShare) return;
        findings.Add(EvaluationRules.FarPastTarget.At(FindingLocation.ForIndicator(position, line, "actual"),
            $"{what}实际完成值超过目标{Format(past * 100)}%（超过{Format(Settings.FarPastShare * 100)}%）：请评价人核实目标是否定得偏低，并在偏差原因中说明",
            content, expected: Format(t), actual: Format(a)));
    }

    private (decimal? Rate, decimal Score) Execution(TargetDocument targets, Project target, ExecutionActuals e, int position, MoneyUnit? sheetUnit, List<Finding> findings)
    {
        var content = FindingFingerprint.Content(target.Code, target.Name, e.InitialBudget?.Text, e.YearBudget?.Text, e.Executed?.Text);
        var budget = e.YearBudget?.Value ?? e.InitialBudget?.Value ?? TargetBudget(targets, target, sheetUnit);
        if (e.Executed is not { } executed)
        {
            findings.Add(EvaluationRules.ExecutionMissing.At(FindingLocation.ForProject(position, "execution"),
                $"项目“{target.Name}”未填全年执行数，预算执行率按0分计", content));
            return (null, 0m);
        }
        if (budget is not { } b || b <= 0)
        {
            findings.Add(EvaluationRules.ExecutionMissing.At(FindingLocation.ForProject(position, "execution"),
                $"项目“{target.Name}”" + (budget is null ? "未填全年预算数（目标表也没有预算数）" : $"全年预算数为{Format(budget.Value)}") + "，无法计算预算执行率，按0分计", content));
            return (null, 0m);
        }
        var rate = executed.Value / b * 100m;
        decimal share;
        if (Settings.ExecutionBands.Count == 0) share = Math.Clamp(rate, 0m, 100m) / 100m;
        else share = Settings.ExecutionBands.Where(x => rate >= x.FromRate).OrderByDescending(x => x.FromRate).Select(x => x.Share).FirstOrDefault();
        return (ScoreRounding.Round2(rate), ScoreRounding.Round2(share * Settings.ExecutionPoints));
    }

    private static decimal? TargetBudget(TargetDocument targets, Project target, MoneyUnit? sheetUnit)
    {
        if (target.Budget.Total is not { } total) return null;
        var from = target.MoneyUnit ?? targets.MoneyUnit;
        return from is { } f && sheetUnit is { } s ? MoneyUnits.Convert(total.Value, f, s) : total.Value;
    }

    private bool IsNotApplicable(string? actual) =>
        actual is not null && Settings.NotApplicableWords.Contains(actual.Trim(), StringComparer.Ordinal);

    private static string Format(decimal value) => ScoreRounding.Format2(value);
}
