using Jixiao.Core.Model;
using Jixiao.Core.Monitoring;
using Jixiao.Core.Performance;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Monitoring;

/// <summary>Planned rate and every light, computed by hand (2024 is a leap year: 30 June is day 182, 31 July day 213, 31 October day 305).</summary>
public class MonitoringTests
{
    private static readonly DateOnly July31 = new(2024, 7, 31);

    private static IndicatorProgress Line(string name, string? progress, string? likelihood = null, string[]? causes = null, string? remedy = null) =>
        new() { Name = name, Progress = progress, Likelihood = likelihood, Causes = causes ?? [], Remedy = remedy };

    private static ProjectMonitoring Light(Project target, string? executed, DateOnly asOf, string? yearBudget = null, string[]? causes = null, string? remedy = null, params IndicatorProgress[] lines)
    {
        var sheet = new MonitoringSheet
        {
            FiscalYear = 2024,
            Projects = [new ProjectProgress
            {
                Name = target.Name,
                Execution = new ExecutionProgress(WrittenDecimal.TryParse(yearBudget), WrittenDecimal.TryParse(executed)),
                Causes = causes ?? [],
                Remedy = remedy,
                Indicators = lines,
            }],
        };
        return new MonitoringCalculator().Compute(Build.Document(target), sheet, asOf).Projects.Single();
    }

    private static Project Hotline => Seed004.Project(1) with { SpendingPlan = Build.Plan((3, "20"), (6, "50"), (10, "90")) };

    private static Project Simple(string value, SpendingPlan? plan = null) =>
        Build.Project("测试项目", "100", MoneyUnit.TenThousandYuan, Build.Indicators($"产出指标\t数量指标\t指标\t\t{value}"), plan: plan ?? Build.Plan((6, "50"), (12, "100")));

    [Theory]
    [InlineData(2024, 1, 1, "0.22")]    // day 1 of 91 towards 3月底 20%: 20 × 1/91
    [InlineData(2024, 6, 30, "50.00")]  // on a month-end point
    [InlineData(2024, 7, 31, "60.08")]  // 50 + 40 × 31/123 = 60.0813
    [InlineData(2024, 10, 31, "90.00")]
    [InlineData(2024, 12, 31, "100.00")] // no 12月底: 100% at the end of the year
    [InlineData(2023, 12, 31, "0.00")]  // before the year
    [InlineData(2025, 3, 31, "100.00")] // after it
    public void Planned_rate_is_linear_in_days_between_month_ends(int y, int m, int d, string expected) =>
        Assert.Equal(expected, ScoreRounding.Format2(PlannedRate.At(Hotline.SpendingPlan, new DateOnly(y, m, d), 2024)));

    [Theory]
    [InlineData(2024, 7, 31, "58.20")]  // 213 / 366
    [InlineData(2024, 12, 31, "100.00")]
    [InlineData(2023, 7, 31, "58.08")]  // 212 / 365
    public void Without_a_plan_planned_rate_is_elapsed_days_over_the_year(int y, int m, int d, string expected) =>
        Assert.Equal(expected, ScoreRounding.Format2(PlannedRate.At(null, new DateOnly(y, m, d), y)));

    [Fact]
    public void Seed004_hotline_on_31_July_is_yellow()
    {
        // 10 of 22.59万元 = 44.27%; planned 60.08%; v = 73.68: yellow.
        var p = Light(Hotline, "10", July31, lines: Line("解答 12348 来电次数", "3000次"));
        Assert.Equal(60.08m, p.PlannedRate);
        Assert.Equal(44.27m, p.ExecutionRate);
        Assert.Equal(Performance.Light.Yellow, p.Light);
        // 3000 of 7000 × 60.08% = 4205.7 due: v = 71.33, yellow.
        Assert.Equal(Performance.Light.Yellow, p.Indicators[0].Light);
    }

    [Theory]
    [InlineData("30", Performance.Light.Yellow)]    // v = 60 exactly
    [InlineData("29.99", Performance.Light.Red)]
    [InlineData("40", Performance.Light.Green)]     // v = 80 exactly
    [InlineData("39.99", Performance.Light.Yellow)]
    [InlineData("70", Performance.Light.Green)]
    public void Budget_execution_bands_at_their_edges(string executed, Light expected)
    {
        // Planned 50% on 30 June; budget 100.
        var p = Light(Simple("≥100件"), executed, new DateOnly(2024, 6, 30), causes: ["经费保障"], remedy: "加快支付");
        Assert.Equal(50m, p.PlannedRate);
        Assert.Equal(expected, p.Light);
    }

    [Theory]
    [InlineData("≥1000件", "300件", Performance.Light.Yellow)]  // 300 / (1000 × 50%) = 60
    [InlineData("≥1000件", "299件", Performance.Light.Red)]
    [InlineData("≥1000件", "400件", Performance.Light.Green)]   // 80
    [InlineData("≥1000件", "1199件", Performance.Light.Green)]
    [InlineData("≥1000件", "1200件", Performance.Light.Blue)]   // 120% of the annual target
    [InlineData("≥1000件", "0.12万件", Performance.Light.Blue)] // 万 magnitude
    [InlineData("≥10万元", "4万元", Performance.Light.Green)]   // 4 / 5 = 80
    [InlineData("≥10万元", "30000元", Performance.Light.Yellow)] // 元 against 万元: 3 / 5 = 60
    [InlineData("≥95%", "57%", Performance.Light.Yellow)]      // ratio, not prorated: 57 / 95 = 60
    [InlineData("≥95%", "56.9%", Performance.Light.Red)]
    [InlineData("≥95%", "96%", Performance.Light.Green)]       // ratio lines are never blue
    [InlineData("≥1000件", null, Performance.Light.Red)]       // nothing reported
    public void Line_lights_at_their_edges(string target, string? progress, Light expected)
    {
        var p = Light(Simple(target), "50", new DateOnly(2024, 6, 30), lines: Line("指标", progress, causes: ["其他"], remedy: "加快进度"));
        Assert.Equal(expected, p.Indicators.Single().Light);
    }

    [Theory]
    [InlineData("确定能", Performance.Light.Green)]
    [InlineData("有可能", Performance.Light.Yellow)]
    [InlineData("完全不可能", Performance.Light.Red)]
    [InlineData(null, Performance.Light.None)]
    public void Other_lines_light_by_likelihood(string? likelihood, Light expected)
    {
        foreach (var target in new[] { "≤10万元", "100%", "12月底", "进一步保障" })
        {
            var p = Light(Simple(target), "50", July31, lines: Line("指标", "进行中", likelihood, ["其他"], "加强督促"));
            Assert.Equal(expected, p.Indicators.Single().Light);
        }
    }

    [Fact]
    public void A_red_line_without_causes_and_remedy_blocks_submission_and_says_where()
    {
        var result = new MonitoringCalculator().Compute(Build.Document(Hotline), new MonitoringSheet
        {
            Projects = [new ProjectProgress
            {
                Name = "12348 法律服务热线",
                Execution = new(null, WrittenDecimal.TryParse("15")),
                Indicators = [Line("解答 12348 来电次数", "1000次", causes: ["人员保障"])],
            }],
        }, July31);
        Assert.True(result.BlocksSubmission);
        var f = Assert.Single(result.Findings, f => f.RuleId == MonitoringRules.RedWithoutRemedy.Id && f.Where.Indicator == 1);
        Assert.Equal("第1个项目第1项指标（纠偏措施）", f.Where.ToString());
        Assert.Contains("解答 12348 来电次数", f.Message);
        Assert.Contains("红灯", f.Message);
        // The other lines are not reported: red, each blocking.
        Assert.Equal(EvaluationLinesCount(Hotline), result.Projects[0].Indicators.Count);
        Assert.All(result.Projects[0].Indicators.Skip(1).Where(l => l.Light == Performance.Light.Red),
            l => Assert.Null(l.Progress));
    }

    [Fact]
    public void A_red_project_with_causes_and_remedy_does_not_block()
    {
        var p = Light(Simple("进一步保障"), "10", new DateOnly(2024, 6, 30), causes: ["经费保障"], remedy: "下半年集中支付",
            lines: Line("指标", "推进中", "确定能"));
        Assert.Equal(Performance.Light.Red, p.Light);
        Assert.DoesNotContain(p.Findings, f => f.Severity == Jixiao.Core.Review.Severity.Error);
    }

    [Fact]
    public void A_red_project_without_remedy_blocks()
    {
        var p = Light(Simple("进一步保障"), "10", new DateOnly(2024, 6, 30), causes: ["经费保障"], lines: Line("指标", "推进中", "确定能"));
        var f = Assert.Single(p.Findings, f => f.RuleId == MonitoringRules.RedWithoutRemedy.Id);
        Assert.Equal("第1个项目（纠偏措施）", f.Where.ToString());
        Assert.Contains("执行率10.00%，计划50.00%", f.Message);
    }

    [Fact]
    public void Nothing_due_yet_is_green()
    {
        var p = Light(Simple("≥100件", Build.Plan((6, "0"), (12, "100"))), "0", new DateOnly(2024, 3, 31), lines: Line("指标", "0件"));
        Assert.Equal(0m, p.PlannedRate);
        Assert.Equal(Performance.Light.Green, p.Light);
        Assert.Equal(Performance.Light.Green, p.Indicators.Single().Light);
    }

    [Fact]
    public void Bands_likelihoods_and_the_checkpoint_are_settings()
    {
        var settings = MonitoringSettings.Default with { RedBelow = 50m, YellowBelow = 90m, CheckpointMonths = [3, 6, 9, 12] };
        Assert.Equal(Performance.Light.Yellow, settings.Band(55m));
        Assert.Equal(Performance.Light.Yellow, settings.Band(85m));
        Assert.Equal(new DateOnly(2024, 12, 31), settings.DefaultAsOf(2024));
        Assert.Equal(new DateOnly(2024, 7, 31), MonitoringSettings.Default.DefaultAsOf(2024));
        var result = new MonitoringCalculator().Compute(Build.Document(Simple("≥1件")), new MonitoringSheet { FiscalYear = 2024, Projects = [new ProjectProgress { Name = "测试项目" }] });
        Assert.Equal(July31, result.AsOf);
    }

    [Fact]
    public void An_unknown_cause_is_a_warning_and_an_unknown_project_blocks()
    {
        var result = new MonitoringCalculator().Compute(Build.Document(Simple("进一步保障")), new MonitoringSheet
        {
            FiscalYear = 2024,
            Projects =
            [
                new ProjectProgress { Name = "测试项目", Execution = new(null, WrittenDecimal.TryParse("60")), Indicators = [Line("指标", null, "有可能", ["天气原因"], "调整")] },
                new ProjectProgress { Name = "别的项目" },
            ],
        }, July31);
        Assert.Contains(result.Findings, f => f.RuleId == MonitoringRules.UnknownCause.Id && f.Message.Contains("天气原因"));
        Assert.False(result.Projects[1].Matched);
        Assert.Contains(result.Projects[1].Findings, f => f.RuleId == MonitoringRules.Unmatched.Id);
    }

    private static int EvaluationLinesCount(Project p) => EvaluationLines.Of(p).Count;
}
