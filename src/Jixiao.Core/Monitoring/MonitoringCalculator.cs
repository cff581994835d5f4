using Jixiao.Core.Model;
using Jixiao.Core.Performance;
using Jixiao.Core.Review;
using Jixiao.Core.Values;

namespace Jixiao.Core.Monitoring;

/// <summary>
/// Lights a monitoring report (运行监控, 双监控) against the approved targets (FORMAT.md <c>jixiao.monitoring/1</c>,
/// RULES.md "Monitoring") under a jurisdiction's <see cref="MonitoringSettings"/>: budget execution against the project's
/// own plan, and each line's progress. A red project or line without causes and remedy blocks submission. Pure.
/// </summary>
public sealed class MonitoringCalculator(MonitoringSettings settings, TargetKeys keys)
{
    public MonitoringCalculator() : this(MonitoringSettings.Default, TargetKeys.None) { }

    public MonitoringSettings Settings { get; } = settings;

    /// <summary>Lights the sheet as of <paramref name="asOf"/> (else the sheet's date, else the settings' checkpoint).</summary>
    public MonitoringResult Compute(TargetDocument targets, MonitoringSheet sheet, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(sheet);
        var year = sheet.FiscalYear ?? targets.FiscalYear ?? (asOf ?? sheet.AsOf)?.Year
            ?? throw new ArgumentException("监控表和绩效目标都没有预算年度，也没有截至日期，无法计算计划进度", nameof(sheet));
        var date = asOf ?? sheet.AsOf ?? Settings.DefaultAsOf(year);
        var match = LineMatcher.Match(targets.Projects, sheet.Projects,
            (p => keys.Project(p), a => a.Key),
            (p => p.Code, a => a.Code),
            (p => p.Name, a => a.Name));
        var unit = sheet.MoneyUnit ?? targets.MoneyUnit;
        var projects = new List<ProjectMonitoring>(sheet.Projects.Count);
        for (var i = 0; i < sheet.Projects.Count; i++)
        {
            var filled = sheet.Projects[i];
            projects.Add(match[i] < 0
                ? Unmatched(filled, i + 1)
                : LightProject(targets, targets.Projects[match[i]], filled, i + 1, date, year, unit));
        }
        return new MonitoringResult(year, date, unit, projects);
    }

    /// <summary>The pre-filled report a unit starts from: every project and line of the targets, nothing reported.</summary>
    public static MonitoringSheet Template(TargetDocument targets, DateOnly? asOf = null, TargetKeys? keys = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        keys ??= TargetKeys.None;
        return new MonitoringSheet
        {
            FiscalYear = targets.FiscalYear,
            AsOf = asOf,
            MoneyUnit = targets.MoneyUnit,
            Projects = targets.Projects.Select(p => new ProjectProgress
            {
                Key = keys.Project(p),
                Code = p.Code,
                Name = p.Name,
                Execution = new ExecutionProgress(p.Budget.Total, null),
                Indicators = EvaluationLines.Of(p).Select(l => new IndicatorProgress { Key = keys.Indicator(l), Level2 = l.Level2, Name = l.Name }).ToArray(),
            }).ToArray(),
        };
    }

    private static ProjectMonitoring Unmatched(ProjectProgress filled, int position) => new()
    {
        Key = filled.Key,
        Code = filled.Code,
        Name = filled.Name,
        Matched = false,
        Execution = filled.Execution,
        Causes = filled.Causes,
        Remedy = filled.Remedy,
        Indicators = filled.Indicators.Select(a => Echo(a)).ToArray(),
        Findings =
        [
            MonitoringRules.Unmatched.At(FindingLocation.ForProject(position, "name"),
                $"监控表第{position}个项目“{filled.Name}”" + (filled.Code is null ? "" : $"（{filled.Code}）") + "在绩效目标中找不到：请核对项目编码和项目名称",
                FindingFingerprint.Content(filled.Code, filled.Name)),
        ],
    };

    private static IndicatorMonitoring Echo(IndicatorProgress a, Indicator? target = null) => new()
    {
        Key = a.Key,
        Level2 = target?.Level2 ?? a.Level2,
        Name = target?.Name ?? a.Name,
        Target = target?.Value,
        Progress = a.Progress,
        Forecast = a.Forecast,
        Likelihood = a.Likelihood,
        Causes = a.Causes,
        Remedy = a.Remedy,
    };

    private ProjectMonitoring LightProject(TargetDocument targets, Project target, ProjectProgress filled, int position, DateOnly asOf, int year, MoneyUnit? unit)
    {
        var findings = new List<Finding>();
        var planned = PlannedRate.At(target.SpendingPlan, asOf, year);
        var (rate, light) = Execution(targets, target, filled, position, planned, unit, findings);
        CheckCauses(filled.Causes, $"项目“{target.Name}”", FindingLocation.ForProject(position, "causes"), target, findings);
        if (light == Light.Red && !Explained(filled.Causes, filled.Remedy))
            findings.Add(MonitoringRules.RedWithoutRemedy.At(FindingLocation.ForProject(position, "remedy"),
                $"项目“{target.Name}”预算执行红灯（执行率{Format(rate)}%，计划{ScoreRounding.Format2(planned)}%），须选择偏差原因并填写纠偏措施后才能报送",
                FindingFingerprint.Content(target.Code, target.Name, filled.Execution.Executed?.Text, filled.Remedy)));

        var targetLines = EvaluationLines.Of(target);
        var lineMatch = LineMatcher.Match(targetLines, filled.Indicators,
            (l => keys.Indicator(l), a => a.Key),
            (l => l.Level2 is null ? null : l.Level2 + "\u001f" + l.Name, a => a.Level2 is null ? null : a.Level2 + "\u001f" + a.Name),
            (l => l.Name, a => a.Name));
        var byTarget = new IndicatorProgress?[targetLines.Count];
        for (var f = 0; f < filled.Indicators.Count; f++)
            if (lineMatch[f] >= 0) byTarget[lineMatch[f]] = filled.Indicators[f];
        var lines = new List<IndicatorMonitoring>();
        for (var t = 0; t < targetLines.Count; t++)
            lines.Add(LightLine(target, targetLines[t], byTarget[t], planned, position, t + 1, findings));
        for (var f = 0; f < filled.Indicators.Count; f++)
        {
            if (lineMatch[f] >= 0) continue;
            var a = filled.Indicators[f];
            lines.Add(Echo(a));
            findings.Add(MonitoringRules.Unmatched.At(FindingLocation.ForIndicator(position, lines.Count, "name"),
                $"项目“{target.Name}”的监控指标“{(a.Level2 is null ? "" : a.Level2 + "／")}{a.Name}”在该项目的绩效目标中找不到（或已填过一次）：请按目标表的指标名称填写",
                FindingFingerprint.Content(target.Code, target.Name, a.Level2, a.Name)));
        }
        return new ProjectMonitoring
        {
            Key = filled.Key ?? keys.Project(target),
            Code = filled.Code ?? target.Code,
            Name = filled.Name,
            Execution = filled.Execution,
            Causes = filled.Causes,
            Remedy = filled.Remedy,
            Indicators = lines,
            PlannedRate = ScoreRounding.Round2(planned),
            ExecutionRate = rate,
            Light = light,
            Findings = findings,
        };
    }

    private (decimal? Rate, Light Light) Execution(TargetDocument targets, Project target, ProjectProgress filled, int position, decimal planned,
        MoneyUnit? unit, List<Finding> findings)
    {
        var e = filled.Execution;
        var budget = e.YearBudget?.Value ?? TargetBudget(targets, target, unit);
        var content = FindingFingerprint.Content(target.Code, target.Name, e.YearBudget?.Text, e.Executed?.Text);
        if (budget is not { } b || b <= 0)
        {
            findings.Add(MonitoringRules.ExecutionMissing.At(FindingLocation.ForProject(position, "execution"),
                $"项目“{target.Name}”" + (budget is null ? "未填全年预算数（目标表也没有预算数）" : $"全年预算数为{ScoreRounding.Format2(budget.Value)}") + "，无法计算执行进度", content));
            return (null, Light.None);
        }
        if (e.Executed is not { } executed)
        {
            findings.Add(MonitoringRules.ExecutionMissing.At(FindingLocation.ForProject(position, "execution"),
                $"项目“{target.Name}”未填截至执行数，预算执行按红灯计", content));
            return (null, Light.Red);
        }
        var rate = executed.Value / b * 100m;
        // Nothing due yet (a plan that starts later in the year): nothing can lag.
        var light = planned <= 0 ? Light.Green : Settings.Band(rate / planned * 100m);
        return (ScoreRounding.Round2(rate), light);
    }

    private IndicatorMonitoring LightLine(Project project, Indicator target, IndicatorProgress? filled, decimal planned, int position, int line, List<Finding> findings)
    {
        var echo = filled is null
            ? new IndicatorMonitoring { Level2 = target.Level2, Name = target.Name, Target = target.Value, Key = keys.Indicator(target) }
            : Echo(filled, target) with { Key = filled.Key ?? keys.Indicator(target) };
        var what = $"项目“{project.Name}”的指标“{target.Name}”（{target.Value ?? "无指标值"}）";
        var content = FindingFingerprint.Content(project.Code, project.Name, target.Level2, target.Name, target.Value, filled?.Progress, filled?.Likelihood, filled?.Remedy);
        var where = FindingLocation.ForIndicator(position, line, "progress");
        var light = Light.None;
        var t = EvaluationLines.TargetOf(target);
        if (t is { Op: { } op } && op.IsFloor() && t.IsMeasurable)
        {
            if (string.IsNullOrWhiteSpace(filled?.Progress)) light = Light.Red;
            else if (ComparableValues.TryAlign(t, TargetValue.Parse(filled.Progress), out var annual, out var done))
                light = t.Kind == TargetKind.Ratio ? RatioLight(annual, done) : CountLight(annual, done, planned);
            else
            {
                findings.Add(MonitoringRules.NotComparable.At(where,
                    $"{what}的完成值“{filled.Progress.Trim()}”与指标值单位不同或不是数值，改按完成目标可能性判断", content));
                light = ByLikelihood(filled, what, position, line, content, findings);
            }
        }
        else light = ByLikelihood(filled, what, position, line, content, findings);

        if (filled is not null)
            CheckCauses(filled.Causes, what, FindingLocation.ForIndicator(position, line, "causes"), project, findings);
        if (light == Light.Red && !Explained(filled?.Causes ?? [], filled?.Remedy))
            findings.Add(MonitoringRules.RedWithoutRemedy.At(FindingLocation.ForIndicator(position, line, "remedy"),
                $"{what}为红灯" + (string.IsNullOrWhiteSpace(filled?.Progress) ? "（未填截至完成值）" : $"（截至完成值“{filled.Progress.Trim()}”）")
                + "，须选择偏差原因并填写纠偏措施后才能报送", content));
        return echo with { Light = light };
    }

    /// <summary>A counting ≥ line: progress against the target prorated by the plan; blue from 120% of the annual target.</summary>
    private Light CountLight(decimal annual, decimal done, decimal planned)
    {
        if (annual > 0 && done >= annual * Settings.BlueFrom / 100m) return Light.Blue;
        var due = annual * planned / 100m;
        return due <= 0 ? Light.Green : Settings.Band(done / due * 100m);
    }

    /// <summary>A ≥ ratio line (%): progress against the target itself, not prorated.</summary>
    private Light RatioLight(decimal annual, decimal done) => annual <= 0 ? Light.Green : Settings.Band(done / annual * 100m);

    private Light ByLikelihood(IndicatorProgress? filled, string what, int position, int line, string content, List<Finding> findings)
    {
        if (Settings.LightOf(filled?.Likelihood) is { } light) return light;
        var allowed = string.Join("／", Settings.LikelihoodLights.Select(l => l.Likelihood));
        findings.Add(MonitoringRules.LikelihoodMissing.At(FindingLocation.ForIndicator(position, line, "likelihood"),
            string.IsNullOrWhiteSpace(filled?.Likelihood)
                ? $"{what}未填完成目标可能性（{allowed}），无法亮灯"
                : $"{what}的完成目标可能性“{filled.Likelihood.Trim()}”不是{allowed}之一，无法亮灯", content));
        return Light.None;
    }

    private void CheckCauses(IReadOnlyList<string> causes, string what, FindingLocation where, Project project, List<Finding> findings)
    {
        foreach (var cause in causes)
        {
            if (Settings.Causes.Contains(cause.Trim(), StringComparer.Ordinal)) continue;
            findings.Add(MonitoringRules.UnknownCause.At(where,
                $"{what}的偏差原因“{cause}”不在可选范围（{string.Join("／", Settings.Causes)}）内；具体情况请选“其他”并写在纠偏措施中",
                FindingFingerprint.Content(project.Code, project.Name, what, cause)));
        }
    }

    private static bool Explained(IReadOnlyList<string> causes, string? remedy) =>
        causes.Any(c => !string.IsNullOrWhiteSpace(c)) && !string.IsNullOrWhiteSpace(remedy);

    private static decimal? TargetBudget(TargetDocument targets, Project target, MoneyUnit? unit)
    {
        if (target.Budget.Total is not { } total) return null;
        var from = target.MoneyUnit ?? targets.MoneyUnit;
        return from is { } f && unit is { } s ? MoneyUnits.Convert(total.Value, f, s) : total.Value;
    }

    private static string Format(decimal? value) => value is { } v ? ScoreRounding.Format2(v) : "—";
}
