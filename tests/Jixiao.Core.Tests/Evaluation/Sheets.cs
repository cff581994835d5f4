using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Evaluation;

/// <summary>Filled self-evaluation sheets written by hand, as a unit's finance officer would fill them.</summary>
internal static class Sheets
{
    public static IndicatorActual Line(string name, string? actual, string? reason = null, string? grade = null, string? score = null, string? level2 = null) =>
        new() { Name = name, Actual = actual, Reason = reason, Grade = grade, Score = WrittenDecimal.TryParse(score), Level2 = level2 };

    public static ProjectActuals Project(string name, string? yearBudget, string? executed, params IndicatorActual[] lines) => new()
    {
        Name = name,
        Execution = new ExecutionActuals(WrittenDecimal.TryParse(yearBudget), WrittenDecimal.TryParse(yearBudget), WrittenDecimal.TryParse(executed)),
        Indicators = lines,
    };

    public static EvaluationSheet Sheet(params ProjectActuals[] projects) =>
        new() { FiscalYear = 2024, MoneyUnit = MoneyUnit.TenThousandYuan, Projects = projects };

    /// <summary>A one-project target document with the given rows (Build.Indicators / Build.WeightedIndicators).</summary>
    public static TargetDocument Targets(IReadOnlyList<Indicator> lines, string budget = "100") =>
        Build.Document(Build.Project("测试项目", budget, MoneyUnit.TenThousandYuan, lines));

    public static ProjectEvaluation ScoreOne(IReadOnlyList<Indicator> lines, EvaluationSettings? settings = null, string budget = "100", string executed = "100", params IndicatorActual[] actuals)
    {
        var scorer = new SelfEvaluationScorer(settings ?? EvaluationSettings.Default, Jixiao.Core.Performance.TargetKeys.None);
        return scorer.Score(Targets(lines, budget), Sheet(Project("测试项目", budget, executed, actuals))).Projects.Single();
    }

    /// <summary>One 产出/数量 line with the given value and nothing else: it takes all 90 points.</summary>
    public static IReadOnlyList<Indicator> OneLine(string value, string name = "指标", string level1 = "产出指标", string level2 = "数量指标") =>
        Build.Indicators($"{level1}\t{level2}\t{name}\t\t{value}");
}
