using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Core.Performance;
using Jixiao.Core.Tests.Review.Support;
using static Jixiao.Core.Tests.Evaluation.Sheets;

namespace Jixiao.Core.Tests.Evaluation;

/// <summary>
/// 部门整体自评, computed by hand: execution summed over the department's projects (one in 万元, one in 元), the
/// overall indicators scored as project lines are, the grade shares of the projects' own self-evaluations.
/// </summary>
public class DepartmentEvaluatorTests
{
    /// <summary>Three overall lines with no weights: 产出 50, 效益 30, 满意度 10.</summary>
    private static readonly IReadOnlyList<Indicator> Plain = Build.Indicators("""
        产出指标	数量指标	办理案件数量		≥100件
        效益指标	社会效益指标	群众知晓率		≥90%
        满意度指标	服务对象满意度指标	群众满意度		≥95%
        """);

    /// <summary>The same lines with weights printed to 100 (seed 001's 申报表): 60 / 30 / 10 × 0.9 = 54 / 27 / 9.</summary>
    private static readonly IReadOnlyList<Indicator> Weighted = Build.WeightedIndicators("""
        产出指标	数量指标	办理案件数量	≥	100件	60
        效益指标	社会效益指标	群众知晓率	≥	90%	30
        满意度指标	服务对象满意度指标	群众满意度	≥	95%	10
        """);

    private static TargetDocument Targets(IReadOnlyList<Indicator> overall, string? fundsTotal = null) => new()
    {
        Source = Build.Source,
        FiscalYear = 2024,
        MoneyUnit = MoneyUnit.TenThousandYuan,
        Overall = new OverallTarget
        {
            Goals = ["保障全县法律服务"],
            Indicators = overall,
            Funds = fundsTotal is null ? null : new OverallFunds(WrittenDecimal.TryParse(fundsTotal), null, null),
        },
        Projects =
        [
            Build.Project("法律援助", "100", MoneyUnit.TenThousandYuan, []),
            Build.Project("人民调解", "500000", MoneyUnit.Yuan, []),
        ],
    };

    /// <summary>法律援助 100万元 and 人民调解 500000元 (= 50万元): 150万元 in all.</summary>
    private static ProjectOutcome[] Outcomes(decimal? executedA, decimal? executedB, string? gradeA = "优", string? gradeB = "良") =>
    [
        new() { Key = "a", Name = "法律援助", Budget = 100m, Executed = executedA, MoneyUnit = MoneyUnit.TenThousandYuan, Grade = gradeA },
        new() { Key = "b", Name = "人民调解", Budget = 500000m, Executed = executedB * 10_000m, MoneyUnit = MoneyUnit.Yuan, Grade = gradeB },
    ];

    private static IndicatorActual[] Actuals(string cases) =>
    [
        Line("办理案件数量", cases, "受疫情影响部分案件延期"),
        Line("群众知晓率", "90%"),
        Line("群众满意度", "96%"),
    ];

    private static DepartmentEvaluationResult Evaluate(IReadOnlyList<Indicator> lines, ProjectOutcome[] outcomes, IndicatorActual[] actuals)
    {
        var targets = DepartmentEvaluator.AsProject(Targets(lines))!;
        return new DepartmentEvaluator(EvaluationSettings.Default, TargetKeys.None).Evaluate(targets, actuals, outcomes);
    }

    [Theory]
    // executed A (万元), B (万元, entered in 元), cases → rate, execution score, indicator score, total, grade
    [InlineData("80", "40", "80件", "80.00", "8.00", "80.00", "88.00", "良")]      // 120 / 150; 50 × 0.8 + 30 + 10
    [InlineData("100", "50", "100件", "100.00", "10.00", "90.00", "100.00", "优")]
    [InlineData("120", "60", "50件", "120.00", "10.00", "65.00", "75.00", "中")]   // over-spent scores 10, never more
    [InlineData("0", "0", "0件", "0.00", "0.00", "40.00", "40.00", "差")]
    [InlineData("135", "0", "90件", "90.00", "9.00", "85.00", "94.00", "优")]      // 135 / 150
    public void Execution_is_summed_over_the_projects_and_the_overall_lines_are_scored_as_project_lines(
        string executedA, string executedB, string cases, string rate, string executionScore, string indicatorScore, string total, string grade)
    {
        var r = Evaluate(Plain, Outcomes(decimal.Parse(executedA, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(executedB, System.Globalization.CultureInfo.InvariantCulture)), Actuals(cases));

        Assert.Equal(150m, r.BudgetTotal);
        Assert.Equal((rate, executionScore, indicatorScore, total, grade),
            (F(r.Overall.ExecutionRate), F(r.Overall.ExecutionScore), F(r.Overall.IndicatorScore), F(r.Total), r.Grade));
        Assert.False(r.BlocksSubmission);
    }

    [Fact]
    public void Weights_printed_to_100_are_scaled_to_90_as_on_a_project()
    {
        var r = Evaluate(Weighted, Outcomes(80m, 40m), Actuals("80件"));

        Assert.Equal([54m, 27m, 9m], r.Overall.Indicators.Select(l => l.Points!.Value).ToArray());
        Assert.Equal(("43.20", "87.20", "良"), (F(r.Overall.Indicators[0].Score), F(r.Total), r.Grade)); // 54 × 0.8; 8 + 43.20 + 27 + 9
    }

    [Fact]
    public void The_grade_shares_are_over_the_projects_whose_self_evaluation_has_a_result()
    {
        ProjectOutcome[] outcomes =
        [
            new() { Name = "甲", Budget = 10m, Executed = 10m, Grade = "优" },
            new() { Name = "乙", Budget = 10m, Executed = 10m, Grade = "优" },
            new() { Name = "丙", Budget = 10m, Executed = 10m, Grade = "中" },
        ];
        var r = Evaluate(Plain, outcomes, Actuals("100件"));

        Assert.Equal(3, r.EvaluatedCount);
        Assert.Equal([("优", 2, 66.67m), ("良", 0, 0m), ("中", 1, 33.33m), ("差", 0, 0m)], r.Grades.Select(g => (g.Grade, g.Count, g.Share)).ToArray());
    }

    [Fact]
    public void A_project_whose_self_evaluation_is_not_submitted_or_has_no_execution_blocks_and_says_which()
    {
        var r = Evaluate(Plain, Outcomes(80m, null, gradeB: null), Actuals("100件"));

        Assert.True(r.BlocksSubmission);
        var ids = r.ProjectFindings.Select(f => (f.RuleId, f.Where.Project)).ToArray();
        Assert.Equal([("EVD-001", (int?)2), ("EVD-002", 2)], ids);
        Assert.Contains("第2个项目“人民调解”的单位自评尚未提交", r.ProjectFindings[0].Message, StringComparison.Ordinal);
        // The rate sums what is there: 80 of 150.
        Assert.Equal("53.33", F(r.Overall.ExecutionRate));
        // Grade shares: the one project with a result.
        Assert.Equal((1, 100m), (r.EvaluatedCount, r.Grades[0].Share));
    }

    [Fact]
    public void A_line_below_full_points_without_a_reason_blocks_as_on_a_project()
    {
        var actuals = Actuals("80件");
        actuals[0] = actuals[0] with { Reason = null };
        var r = Evaluate(Plain, Outcomes(100m, 50m), actuals);

        Assert.True(r.BlocksSubmission);
        var f = Assert.Single(r.Findings, f => f.RuleId == EvaluationRules.ReasonMissing.Id);
        Assert.Contains("部门整体", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overall_target_becomes_one_project_with_its_funds_or_the_sum_of_the_projects()
    {
        Assert.Null(DepartmentEvaluator.AsProject(Targets([])));
        var summed = DepartmentEvaluator.AsProject(Targets(Plain))!.Projects.Single();
        Assert.Equal((DepartmentEvaluator.OverallName, 150m, 3), (summed.Name, summed.Budget.Total!.Value.Value, summed.Indicators.Count));
        Assert.Equal(2282.58m, DepartmentEvaluator.AsProject(Targets(Plain, "2282.58"))!.Projects.Single().Budget.Total!.Value.Value);
    }

    [Fact]
    public void A_jurisdiction_s_grades_apply_to_the_total_and_the_shares()
    {
        var shanghai = EvaluationSettings.Default with { Grades = [new("优", 90m), new("良", 80m), new("合格", 60m), new("不合格", 0m)] };
        var targets = DepartmentEvaluator.AsProject(Targets(Plain))!;
        var r = new DepartmentEvaluator(shanghai, TargetKeys.None).Evaluate(targets, Actuals("50件"), Outcomes(120m, 60m, "合格", "合格"));

        Assert.Equal(("75.00", "合格"), (F(r.Total), r.Grade));
        Assert.Equal(["优", "良", "合格", "不合格"], r.Grades.Select(g => g.Grade).ToArray());
        Assert.Equal(100m, r.Grades[2].Share);
    }

    private static string? F(decimal? value) => value is { } v ? ScoreRounding.Format2(v) : null;
}
