using System.Text.Json;
using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Data.Evaluation;

namespace Jixiao.Data.DepartmentEvaluation;

/// <summary>
/// Between the stored department-wide inputs and Core's <see cref="DepartmentEvaluator"/>: the overall target as one
/// project, the inputs as its lines (checked as a project's are), the projects' rows as outcomes, and the views. No I/O.
/// </summary>
internal static class DepartmentEvaluationScoring
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The overall target as one project named 部门整体, or a refusal saying why it cannot be evaluated.</summary>
    public static TargetDocument OverallOf(TargetDocument document, string title) =>
        DepartmentEvaluator.AsProject(document)
        ?? throw new WorkflowException($"文档“{title}”的部门整体绩效目标没有绩效指标，无从进行部门整体自评：请先在部门整体绩效目标中填写指标。");

    /// <summary>The pre-filled lines: every overall indicator by key, nothing achieved.</summary>
    public static EvaluationSheet Template(TargetDocument overall) => EvaluationScoring.Template(overall);

    /// <summary>The inputs as the overall project's lines, refused (Chinese, saying where) as a project's are.</summary>
    public static EvaluationSheet SheetOf(TargetDocument overall, DepartmentEvaluationInputs inputs, EvaluationSettings settings) =>
        EvaluationScoring.SheetOf(overall, new EvaluationInputs(null, null, null, inputs.GoalActual, inputs.Lines ?? []), settings);

    public static DepartmentEvaluationResult Score(TargetDocument overall, EvaluationSheet sheet, IReadOnlyList<DepartmentProjectRow> projects,
        EvaluationSettings settings)
    {
        var unit = overall.MoneyUnit;
        var outcomes = projects.Select(p => new ProjectOutcome
        {
            Key = p.Key, Name = p.Name, Budget = p.Budget, Executed = p.Executed, MoneyUnit = unit, Grade = p.Grade, Total = p.Total,
        }).ToArray();
        return new DepartmentEvaluator(settings, EvaluationScoring.Keys).Evaluate(overall, sheet.Projects[0].Indicators, outcomes);
    }

    public static IReadOnlyList<EvaluationFindingView> FindingsOf(DepartmentEvaluationResult r) =>
        r.ProjectFindings.Select(f => new EvaluationFindingView(f.RuleId, f.Severity.ToChinese(), $"第{f.Where.Project}个项目", f.Message, null))
            .Concat(EvaluationScoring.FindingsOf(r.Overall)).ToArray();

    /// <summary>The refusal of a submission: every error, each saying which project or line.</summary>
    public static string SubmissionRefusal(string unitName, DepartmentEvaluationResult r)
    {
        var errors = r.Findings.Where(f => f.Severity == Severity.Error && !f.IsAccepted).Select(EvaluationScoring.Located).ToArray();
        var shown = string.Join("；", errors.Take(5));
        var more = errors.Length > 5 ? $"；另有 {errors.Length - 5} 处" : "";
        return $"“{unitName}”的部门整体自评不能提交，还有 {errors.Length} 处须改正：{shown}{more}。";
    }

    public static string ProjectsJson(IReadOnlyList<DepartmentProjectRow> rows) => JsonSerializer.Serialize(rows, Json);

    public static IReadOnlyList<DepartmentProjectRow> ReadProjects(string json) =>
        JsonSerializer.Deserialize<DepartmentProjectRow[]>(json, Json) ?? [];
}
