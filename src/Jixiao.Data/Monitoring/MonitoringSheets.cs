using System.Text.Json;
using Jixiao.Core.Model;
using Jixiao.Core.Monitoring;
using Jixiao.Core.Performance;
using Jixiao.Core.Review;
using Jixiao.Data.Limits;
using Jixiao.Documents.Exchange;

namespace Jixiao.Data.Monitoring;

/// <summary>
/// Between the stored inputs and Core's <see cref="MonitoringCalculator"/>: the inputs as a <see cref="MonitoringSheet"/>
/// (checked: numbers readable, projects and lines known by key, causes from the settings' list, text within limits), the
/// lit result and the views of it. No I/O.
/// </summary>
internal static class MonitoringSheets
{
    /// <summary>The longest text of one field (a remedy, a cause's explanation).</summary>
    public const int MaxText = 4000;

    public static TargetKeys Keys { get; } = new(p => p.Key, i => i.Key);

    public static MonitoringSheet Template(TargetDocument targets, DateOnly asOf) => MonitoringCalculator.Template(targets, asOf, Keys);

    public static MonitoringResult Compute(TargetDocument targets, MonitoringSheet sheet, DateOnly asOf, MonitoringSettings settings) =>
        new MonitoringCalculator(settings, Keys).Compute(targets, sheet, asOf);

    /// <summary>
    /// The inputs as a report in the targets' order (projects and lines left out stay as they were: not reported), and
    /// the cause texts by item key. Refused in Chinese, saying which project or line, when something cannot be stored.
    /// </summary>
    public static (MonitoringSheet Sheet, Dictionary<string, string> Notes) SheetOf(TargetDocument targets, DateOnly asOf, MonitoringInputs inputs,
        MonitoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var byKey = new Dictionary<string, ProjectProgressInput>(StringComparer.Ordinal);
        foreach (var p in inputs.Projects ?? [])
        {
            if (p?.Key is null || !targets.Projects.Any(t => t.Key == p.Key))
                throw new InvalidInputException($"绩效目标中没有键为“{p?.Key}”的项目：请按下载的监控表或读取到的项目键填写。");
            if (!byKey.TryAdd(p.Key, p)) throw new InvalidInputException($"项目键“{p.Key}”填写了两次。");
        }
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var projects = new List<ProjectProgress>(targets.Projects.Count);
        foreach (var target in targets.Projects)
        {
            byKey.TryGetValue(target.Key ?? "", out var input);
            var where = $"项目“{target.Name}”";
            var lines = EvaluationLines.Of(target);
            var lineInputs = new Dictionary<string, LineProgressInput>(StringComparer.Ordinal);
            foreach (var l in input?.Lines ?? [])
            {
                if (l?.Key is null || !lines.Any(t => t.Key == l.Key))
                    throw new InvalidInputException($"{where}没有键为“{l?.Key}”的指标：请按下载的监控表或读取到的指标键填写。");
                if (!lineInputs.TryAdd(l.Key, l)) throw new InvalidInputException($"{where}的指标键“{l.Key}”填写了两次。");
            }
            var indicators = new List<IndicatorProgress>(lines.Count);
            foreach (var line in lines)
            {
                lineInputs.TryGetValue(line.Key ?? "", out var l);
                var lineWhere = $"{where}的指标“{line.Name}”";
                var note = Text(l?.CauseNote, lineWhere + "的偏差原因说明");
                if (note is not null) notes[target.Key + "/" + line.Key] = note;
                indicators.Add(new IndicatorProgress
                {
                    Key = line.Key,
                    Level2 = line.Level2,
                    Name = line.Name,
                    Progress = Text(l?.Progress, lineWhere + "的截至完成值"),
                    Forecast = Text(l?.Forecast, lineWhere + "的全年预计完成值"),
                    Likelihood = Likelihood(l?.Likelihood, lineWhere, settings),
                    Causes = Causes(l?.Causes, lineWhere, settings),
                    Remedy = Text(l?.Remedy, lineWhere + "的纠偏措施"),
                });
            }
            var projectNote = Text(input?.CauseNote, where + "的偏差原因说明");
            if (projectNote is not null) notes[target.Key!] = projectNote;
            projects.Add(new ProjectProgress
            {
                Key = target.Key,
                Code = target.Code,
                Name = target.Name,
                Execution = new ExecutionProgress(Number(input?.YearBudget, where + "的全年预算数"), Number(input?.Executed, where + "的截至执行数")),
                Causes = Causes(input?.Causes, where, settings),
                Remedy = Text(input?.Remedy, where + "的纠偏措施"),
                Indicators = indicators,
            });
        }
        return (new MonitoringSheet { FiscalYear = targets.FiscalYear, AsOf = asOf, MoneyUnit = targets.MoneyUnit, Projects = projects }, notes);
    }

    private static IReadOnlyList<string> Causes(IReadOnlyList<string>? causes, string where, MonitoringSettings settings)
    {
        var picked = new List<string>();
        foreach (var c in causes ?? [])
        {
            var cause = c?.Trim();
            if (string.IsNullOrEmpty(cause)) continue;
            if (!settings.Causes.Contains(cause, StringComparer.Ordinal))
                throw new InvalidInputException($"{where}的偏差原因“{cause}”不在可选范围（{string.Join("／", settings.Causes)}）内；具体情况请选“其他”并写在说明中。");
            if (!picked.Contains(cause, StringComparer.Ordinal)) picked.Add(cause);
        }
        // In the settings' order, so the same choice is stored the same way.
        return settings.Causes.Where(picked.Contains).ToArray();
    }

    private static string? Likelihood(string? text, string where, MonitoringSettings settings)
    {
        var clean = Text(text, where + "的完成目标可能性");
        if (clean is null || settings.LightOf(clean) is not null) return clean;
        throw new InvalidInputException(
            $"{where}的完成目标可能性“{clean}”不是{string.Join("／", settings.LikelihoodLights.Select(l => l.Likelihood))}之一。");
    }

    /// <summary>Cleans a text field (control characters out, blanks → null) and bounds its length.</summary>
    public static string? Text(string? text, string where)
    {
        var clean = InputText.Clean(text)?.Trim();
        if (string.IsNullOrEmpty(clean)) return null;
        if (clean.Length > MaxText)
            throw new InvalidInputException($"{where}有 {clean.Length} 个字，超过上限 {MaxText} 个字，请精简后再保存。");
        return clean;
    }

    private static WrittenDecimal? Number(string? text, string where)
    {
        var clean = Text(text, where);
        if (clean is null) return null;
        return WrittenDecimal.TryParse(clean.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal))
            ?? throw new InvalidInputException($"{where}“{clean}”不是数字，请只填写数字（如 12.50）。");
    }

    public static string SheetJson(MonitoringSheet sheet) => MonitoringJsonWriter.WriteTemplate(sheet);

    public static MonitoringSheet ReadSheet(string json) => MonitoringJsonReader.Read(json);

    public static string? NotesJson(Dictionary<string, string> notes) => notes.Count == 0 ? null : JsonSerializer.Serialize(notes);

    public static Dictionary<string, string> ReadNotes(string? json) => string.IsNullOrEmpty(json)
        ? new Dictionary<string, string>(StringComparer.Ordinal)
        : new Dictionary<string, string>(JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [], StringComparer.Ordinal);

    /// <summary>The refusal of a submission: every error, each naming its project or line.</summary>
    public static string SubmissionRefusal(string title, MonitoringResult result)
    {
        var errors = result.Findings.Where(f => f.Severity == Severity.Error && !f.IsAccepted).Select(f => f.Message).ToArray();
        var shown = string.Join("；", errors.Take(5));
        var more = errors.Length > 5 ? $"；另有 {errors.Length - 5} 处" : "";
        return $"《{title}》的监控表不能报送，还有 {errors.Length} 处须改正：{shown}{more}。";
    }

    public static IReadOnlyList<MonitoringFindingView> FindingsOf(MonitoringResult result) =>
        result.Projects.SelectMany((p, i) => p.Findings.Select(f => new MonitoringFindingView(f.RuleId, f.Severity.ToChinese(),
            f.Where.Project ?? i + 1, f.Where.Indicator, f.Message))).ToArray();

    /// <summary>The plan as stored on an item: <c>3:20;6:50;10:90</c> (month: cumulative percent).</summary>
    public static string? PlanText(SpendingPlan? plan) => plan is null || plan.Points.Count == 0
        ? null
        : string.Join(";", plan.Points.Select(p => $"{p.Month}:{p.Percent.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));

    public static SpendingPlan? ParsePlan(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var points = new List<SpendingPlanPoint>();
        foreach (var part in text.Split(';'))
        {
            var kv = part.Split(':');
            if (kv.Length != 2 || !int.TryParse(kv[0], System.Globalization.CultureInfo.InvariantCulture, out var month)
                || WrittenDecimal.TryParse(kv[1]) is not { } percent) continue;
            points.Add(new SpendingPlanPoint(month, percent));
        }
        return new SpendingPlan(points);
    }
}
