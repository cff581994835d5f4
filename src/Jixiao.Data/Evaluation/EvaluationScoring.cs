using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Core.Performance;
using Jixiao.Core.Review;
using Jixiao.Data.Limits;
using Jixiao.Documents.Exchange;

namespace Jixiao.Data.Evaluation;

/// <summary>
/// Between the stored inputs and Core's scorer: the one project's targets, the inputs as an <see cref="EvaluationSheet"/>
/// (checked: numbers readable, lines known by key, text within limits), the score, and the views of it. No I/O.
/// </summary>
internal static class EvaluationScoring
{
    /// <summary>The longest text of one field (a reason, a 实际完成情况): long enough for a paragraph of analysis.</summary>
    public const int MaxText = 4000;

    public static TargetKeys Keys { get; } = new(p => p.Key, i => i.Key);

    /// <summary>The target document cut to the one project, so the scorer sees only it.</summary>
    public static TargetDocument TargetsOf(TargetDocument document, string projectKey, string what)
    {
        var project = document.Projects.FirstOrDefault(p => p.Key == projectKey)
            ?? throw new NotFoundException($"{what}：批复版本中找不到键为“{projectKey}”的项目。");
        return document with { Projects = [project] };
    }

    /// <summary>The pre-filled sheet: budgets from the targets, every line by key, nothing achieved yet.</summary>
    public static EvaluationSheet Template(TargetDocument targets) => SelfEvaluationScorer.Template(targets, Keys);

    /// <summary>
    /// The inputs as a one-project sheet in the targets' line order. Refused (Chinese, saying where) when a figure is
    /// not a number, a key is not a line of the project, or a text is too long.
    /// </summary>
    public static EvaluationSheet SheetOf(TargetDocument targets, EvaluationInputs inputs, EvaluationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var project = targets.Projects[0];
        var lines = EvaluationLines.Of(project);
        var byKey = new Dictionary<string, EvaluationLineInput>(StringComparer.Ordinal);
        foreach (var input in inputs.Lines ?? [])
        {
            if (input?.Key is null || !lines.Any(l => l.Key == input.Key))
                throw new InvalidInputException($"项目“{project.Name}”没有键为“{input?.Key}”的指标：请按下载的自评表或读取到的指标键填写。");
            if (!byKey.TryAdd(input.Key, input))
                throw new InvalidInputException($"项目“{project.Name}”的指标键“{input.Key}”填写了两次。");
        }
        var indicators = new List<IndicatorActual>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var where = $"第{i + 1}项指标“{line.Name}”";
            byKey.TryGetValue(line.Key ?? "", out var input);
            var actual = input is null ? null : input.NotApplicable ? settings.NotApplicableWords[0] : Text(input.Actual, where + "的实际完成值");
            indicators.Add(new IndicatorActual
            {
                Key = line.Key,
                Level2 = line.Level2,
                Name = line.Name,
                Actual = actual,
                Grade = Text(input?.Grade, where + "的评价等级"),
                Score = Number(input?.Score, where + "的得分"),
                Reason = Text(input?.Reason, where + "的偏差原因分析及改进措施"),
            });
        }
        return new EvaluationSheet
        {
            FiscalYear = targets.FiscalYear,
            MoneyUnit = project.MoneyUnit ?? targets.MoneyUnit,
            Projects =
            [
                new ProjectActuals
                {
                    Key = project.Key,
                    Code = project.Code,
                    Name = project.Name,
                    Execution = new ExecutionActuals(Number(inputs.InitialBudget, "年初预算数"), Number(inputs.YearBudget, "全年预算数"),
                        Number(inputs.Executed, "全年执行数")),
                    Indicators = indicators,
                },
            ],
        };
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

    public static ProjectEvaluation Score(TargetDocument targets, EvaluationSheet sheet, EvaluationSettings settings) =>
        new SelfEvaluationScorer(settings, Keys).Score(targets, sheet).Projects[0];

    public static EvaluationExecutionView ExecutionOf(ProjectEvaluation p, EvaluationSettings settings) =>
        new(p.Execution.InitialBudget?.Text, p.Execution.YearBudget?.Text, p.Execution.Executed?.Text, p.ExecutionRate, p.ExecutionScore,
            settings.ExecutionPoints);

    public static IReadOnlyList<EvaluationLineView> LinesOf(ProjectEvaluation p)
    {
        var flagged = p.Findings.Where(f => f.RuleId == EvaluationRules.FarPastTarget.Id && f.Where.Indicator is not null)
            .Select(f => f.Where.Indicator!.Value).ToHashSet();
        return p.Indicators.Select((l, i) => new EvaluationLineView(i + 1, l.Key, l.Level1, l.Level2, l.Name, l.Target,
            l.Method == ScoringMethod.NotApplicable ? null : l.Actual, l.Grade, l.WrittenScore?.Text, l.Score, l.Points,
            l.Method?.ToFormat(), l.Method?.ToChinese(), l.Reason, l.Method == ScoringMethod.NotApplicable, flagged.Contains(i + 1),
            l.Method == ScoringMethod.Judged)).ToArray();
    }

    public static IReadOnlyList<EvaluationFindingView> FindingsOf(ProjectEvaluation p) =>
        p.Findings.Select(f => new EvaluationFindingView(f.RuleId, f.Severity.ToChinese(), f.Where.Indicator is int n ? $"第{n}项指标" : "预算执行", f.Message, f.Where.Indicator))
            .ToArray();

    /// <summary>The refusal of a submission: every error, each saying which line and what is missing.</summary>
    public static string SubmissionRefusal(string projectName, ProjectEvaluation p)
    {
        var errors = p.Findings.Where(f => f.Severity == Severity.Error && !f.IsAccepted).Select(Located).ToArray();
        var shown = string.Join("；", errors.Take(5));
        var more = errors.Length > 5 ? $"；另有 {errors.Length - 5} 处" : "";
        return $"项目“{projectName}”的自评不能提交，还有 {errors.Length} 处须改正：{shown}{more}。";
    }

    /// <summary>A finding with the line it is about, counted within the project (the evaluation has one project).</summary>
    public static string Located(Finding f) => f.Where.Indicator is int n ? $"第{n}项指标：{f.Message}" : f.Message;

    public static string SheetJson(EvaluationSheet sheet) => EvaluationJsonWriter.WriteTemplate(sheet);

    public static EvaluationSheet ReadSheet(string json) => EvaluationJsonReader.Read(json);
}
