using Jixiao.Core.Model;
using Jixiao.Core.Performance;
using Jixiao.Core.Review;

namespace Jixiao.Core.Evaluation;

/// <summary>
/// 部门整体自评（docs/department-evaluation.md）：由部门整体绩效目标的指标与本部门各项目的单位自评算出。
/// 预算执行率 = 各项目全年执行数之和 / 全年预算数之和；整体指标的实际完成值与项目行同样计分（同一
/// <see cref="SelfEvaluationScorer"/>、同一设置）；另给出各项目自评等级的分布。纯计算：无 I/O、无时钟。
/// </summary>
public sealed class DepartmentEvaluator(EvaluationSettings settings, TargetKeys keys)
{
    /// <summary>整体指标作为一个项目计分时的名称与键（键不与任何项目键相同：项目键由系统生成，不含中文）。</summary>
    public const string OverallName = "部门整体";
    public const string OverallKey = "部门整体";

    public EvaluationSettings Settings { get; } = settings;

    /// <summary>
    /// 部门整体绩效目标当作一个项目：指标为整体指标（及其稳定键），资金为整体资金总额（无则各项目资金之和）。
    /// 没有整体目标或整体指标时为 null：无从自评。
    /// </summary>
    public static TargetDocument? AsProject(TargetDocument targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        if (targets.Overall is not { Indicators.Count: > 0 } overall) return null;
        var total = overall.Funds?.Total;
        if (total is null)
        {
            var sum = targets.Projects.Select(p => p.Budget.Total is { } t ? MoneyUnits.Convert(t.Value, p.MoneyUnit ?? targets.MoneyUnit ?? MoneyUnit.TenThousandYuan,
                targets.MoneyUnit ?? MoneyUnit.TenThousandYuan) : 0m).Sum();
            total = new WrittenDecimal(sum.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), sum);
        }
        var project = new Project
        {
            Key = OverallKey,
            Name = OverallName,
            MoneyUnit = targets.MoneyUnit,
            Budget = new ProjectBudget(total, total, null),
            Goals = overall.Goals,
            Indicators = overall.Indicators,
            StatedWeightTotal = overall.StatedWeightTotal,
            ExecutionRatePoints = overall.ExecutionRatePoints,
        };
        return targets with { Projects = [project], Overall = null };
    }

    /// <summary>
    /// 评分。<paramref name="overallTargets"/> 为 <see cref="AsProject"/> 的结果；<paramref name="lines"/> 为整体指标的填报
    /// （按键、无则按名称对应）；<paramref name="projects"/> 为本部门文档的每个项目（按文档顺序）。
    /// </summary>
    public DepartmentEvaluationResult Evaluate(TargetDocument overallTargets, IReadOnlyList<IndicatorActual> lines, IReadOnlyList<ProjectOutcome> projects)
    {
        ArgumentNullException.ThrowIfNull(overallTargets);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(projects);
        var unit = overallTargets.MoneyUnit ?? MoneyUnit.TenThousandYuan;
        var findings = new List<Finding>();
        decimal budget = 0m, executed = 0m;
        for (var i = 0; i < projects.Count; i++)
        {
            var p = projects[i];
            var from = p.MoneyUnit ?? unit;
            if (p.Budget is { } b) budget += MoneyUnits.Convert(b, from, unit);
            if (p.Executed is { } e) executed += MoneyUnits.Convert(e, from, unit);
            var where = FindingLocation.ForProject(i + 1, "evaluation");
            var content = FindingFingerprint.Content(p.Key, p.Name);
            if (p.Grade is null)
                findings.Add(DepartmentEvaluationRules.ProjectNotSubmitted.At(where,
                    $"第{i + 1}个项目“{p.Name}”的单位自评尚未提交：部门整体自评汇总各项目的自评等级，须待其提交后再提交", content));
            if (p.Executed is null)
            {
                findings.Add(DepartmentEvaluationRules.ProjectExecutionMissing.At(where,
                    $"第{i + 1}个项目“{p.Name}”的自评没有全年执行数，部门预算执行率只合计了其他项目", content));
            }
        }

        // 预算执行率按合计计分：合计作为“部门整体”的全年预算数与全年执行数交给同一计分器。
        var text = (decimal v) => new WrittenDecimal(ScoreRounding.Format2(v), ScoreRounding.Round2(v));
        var sheet = new EvaluationSheet
        {
            FiscalYear = overallTargets.FiscalYear,
            MoneyUnit = unit,
            Projects =
            [
                new ProjectActuals
                {
                    Key = OverallKey,
                    Name = OverallName,
                    Execution = new ExecutionActuals(null, projects.Count == 0 ? null : text(budget), projects.Count == 0 ? null : text(executed)),
                    Indicators = lines,
                },
            ],
        };
        var overall = new SelfEvaluationScorer(Settings, keys).Score(overallTargets, sheet).Projects[0];
        var evaluated = projects.Where(p => p.Grade is not null).ToArray();
        var grades = Settings.Grades.OrderByDescending(g => g.From).Select(g =>
        {
            var count = evaluated.Count(p => p.Grade == g.Label);
            return new GradeShare(g.Label, count, evaluated.Length == 0 ? 0m : ScoreRounding.Round2(count * 100m / evaluated.Length));
        }).ToArray();
        return new DepartmentEvaluationResult
        {
            MoneyUnit = unit,
            BudgetTotal = budget,
            ExecutedTotal = executed,
            ProjectCount = projects.Count,
            EvaluatedCount = evaluated.Length,
            Grades = grades,
            Overall = overall,
            ProjectFindings = findings,
        };
    }
}
