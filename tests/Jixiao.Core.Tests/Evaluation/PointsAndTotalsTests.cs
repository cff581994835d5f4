using Jixiao.Core.Evaluation;
using Jixiao.Core.Performance;
using Jixiao.Core.Tests.Review.Support;
using static Jixiao.Core.Tests.Evaluation.Sheets;

namespace Jixiao.Core.Tests.Evaluation;

/// <summary>分值, execution rate, totals and grades, computed by hand.</summary>
public class PointsAndTotalsTests
{
    private static decimal[] Points(IReadOnlyList<Jixiao.Core.Model.Indicator> lines, bool[]? applicable = null) =>
        LinePoints.Allocate(lines, applicable ?? lines.Select(_ => true).ToArray(), EvaluationSettings.Default);

    [Fact]
    public void Weights_printed_to_100_are_scaled_to_90()
    {
        // Seed 001 法律援助: 20 20 20 20 10 10 (the empty template rows are not lines).
        var lines = EvaluationLines.Of(Seed001.LegalAid);
        Assert.Equal([18m, 18m, 18m, 18m, 9m, 9m], Points(lines));
    }

    [Fact]
    public void Weights_printed_to_90_stay_as_printed()
    {
        var lines = Build.WeightedIndicators("""
            产出指标	数量指标	甲	≥	10件	30
            		乙	≥	10件	25
            效益指标	社会效益指标	丙	≥	95%	25
            满意度指标	服务对象满意度指标	丁	≥	95%	10
            """);
        Assert.Equal([30m, 25m, 25m, 10m], Points(lines));
    }

    [Fact]
    public void Without_weights_产出_50_效益_30_满意度_10_shared_equally_to_the_cent()
    {
        // Seed 004 project 1: six 产出 lines (成本 under 产出), two 效益, one 满意度.
        var lines = EvaluationLines.Of(Seed004.Project(1));
        var points = Points(lines);
        Assert.Equal([8.34m, 8.34m, 8.33m, 8.33m, 8.33m, 8.33m, 15m, 15m, 10m], points);
        Assert.Equal(90m, points.Sum());
    }

    [Fact]
    public void Without_满意度_its_points_go_to_产出()
    {
        // Seed 001 社区矫正对象管理费 without weights: five 数量 and one 成本 under 产出, no 效益, no 满意度 → 产出 gets all 90.
        var lines = EvaluationLines.Of(Seed001.CommunityCorrection).Select(l => l with { Weight = null }).ToArray();
        Assert.Equal(Enumerable.Repeat(15m, 6), Points(lines));
    }

    [Fact]
    public void A_first_level_成本_shares_产出s_50()
    {
        var lines = Build.Indicators("""
            产出指标	数量指标	甲		≥10件
            成本指标	经济成本指标	乙		≤10万元
            效益指标	社会效益指标	丙		有所提升
            满意度指标	服务对象满意度指标	丁		≥95%
            """);
        Assert.Equal([25m, 25m, 30m, 10m], Points(lines));
    }

    [Fact]
    public void Lines_that_do_not_apply_get_0_and_the_rest_are_rescaled_to_90()
    {
        // 18 18 18 18 9 9 with the second line left out: 72 points rescaled to 90 → ×1.25.
        var lines = EvaluationLines.Of(Seed001.LegalAid);
        var points = Points(lines, [true, false, true, true, true, true]);
        Assert.Equal([22.5m, 0m, 22.5m, 22.5m, 11.25m, 11.25m], points);
    }

    [Fact]
    public void A_line_marked_不适用_is_left_out_and_needs_a_reason()
    {
        var lines = EvaluationLines.Of(Seed001.LegalAid);
        var project = ScoreOne(lines, budget: "20", executed: "20", actuals:
        [
            Line("法律援助办结案件数量", "800件"), Line("值班咨询人次", "不适用"), Line("法律援助办案错误率", "0%"),
            Line("律师值班咨询问题按时办结", "100%"), Line("挽回经济损失", "800万元"), Line("受援人满意度", "99%"),
        ]);
        var left = project.Indicators[1];
        Assert.Equal(ScoringMethod.NotApplicable, left.Method);
        Assert.Null(left.Score);
        Assert.Equal(0m, left.Points);
        Assert.Equal(100m, project.Total);
        Assert.Contains(project.Findings, f => f.RuleId == EvaluationRules.NotApplicableWithoutReason.Id && f.Message.Contains("值班咨询人次"));
    }

    [Fact]
    public void Every_line_not_applicable_is_a_blocking_finding()
    {
        var project = ScoreOne(OneLine("≥1件"), actuals: Line("指标", "不涉及", "今年无此项业务"));
        Assert.Equal(0m, project.IndicatorScore);
        Assert.Contains(project.Findings, f => f.RuleId == EvaluationRules.NothingApplicable.Id);
    }

    [Theory]
    [InlineData("13.72", "12.5", "91.11", "9.11")]   // FORMAT.md's example
    [InlineData("20", "20", "100.00", "10.00")]
    [InlineData("20", "25", "125.00", "10.00")]       // spending past the budget never scores above 10
    [InlineData("400", "1", "0.25", "0.03")]          // 0.025 → 0.03: half away from zero
    [InlineData("100", "0", "0.00", "0.00")]
    public void Execution_rate_and_its_points(string budget, string executed, string rate, string score)
    {
        var project = ScoreOne(OneLine("≥1件"), budget: budget, executed: executed, actuals: Line("指标", "1件"));
        Assert.Equal(rate, ScoreRounding.Format2(project.ExecutionRate!.Value));
        Assert.Equal(score, ScoreRounding.Format2(project.ExecutionScore!.Value));
    }

    [Fact]
    public void Execution_bands_are_a_setting()
    {
        // A province scoring by bands: ≥ 95% full, ≥ 80% 0.8, else 0.5.
        var settings = EvaluationSettings.Default with { ExecutionBands = [new(95m, 1m), new(80m, 0.8m), new(0m, 0.5m)] };
        Assert.Equal(10m, ScoreOne(OneLine("≥1件"), settings, executed: "96", actuals: Line("指标", "1件")).ExecutionScore);
        Assert.Equal(8m, ScoreOne(OneLine("≥1件"), settings, executed: "80", actuals: Line("指标", "1件")).ExecutionScore);
        Assert.Equal(5m, ScoreOne(OneLine("≥1件"), settings, executed: "79.99", actuals: Line("指标", "1件")).ExecutionScore);
    }

    [Fact]
    public void Missing_execution_is_a_blocking_finding_and_scores_0()
    {
        var project = ScoreOne(OneLine("≥1件"), executed: null!, actuals: Line("指标", "1件"));
        Assert.Equal(0m, project.ExecutionScore);
        Assert.Null(project.ExecutionRate);
        Assert.Contains(project.Findings, f => f.RuleId == EvaluationRules.ExecutionMissing.Id && f.Message.Contains("全年执行数"));
    }

    [Theory]
    [InlineData("90", "优")]
    [InlineData("89.99", "良")]
    [InlineData("80", "良")]
    [InlineData("79.99", "中")]
    [InlineData("60", "中")]
    [InlineData("59.99", "差")]
    [InlineData("0", "差")]
    public void Grade_bands(string total, string grade) =>
        Assert.Equal(grade, EvaluationSettings.Default.GradeOf(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Grade_labels_are_a_setting()
    {
        var shanghai = EvaluationSettings.Default with { Grades = [new("优", 90m), new("良", 80m), new("合格", 60m), new("不合格", 0m)] };
        Assert.Equal("合格", shanghai.GradeOf(75m));
        Assert.Equal("不合格", shanghai.GradeOf(59m));
    }

    [Fact]
    public void The_split_is_a_setting()
    {
        var settings = EvaluationSettings.Default with { OutputPoints = 40m, BenefitPoints = 40m };
        var lines = Build.Indicators("""
            产出指标	数量指标	甲		≥10件
            效益指标	社会效益指标	丙		有所提升
            满意度指标	服务对象满意度指标	丁		≥95%
            """);
        Assert.Equal([40m, 40m, 10m], LinePoints.Allocate(lines, [true, true, true], settings));
    }

    [Fact]
    public void Cents_split_adds_up_exactly()
    {
        Assert.Equal([16.67m, 16.67m, 16.66m], ScoreRounding.SplitInCents(50m, [1m, 1m, 1m]));
        Assert.Equal([30m, 30m, 30m], ScoreRounding.SplitInCents(90m, [1m, 1m, 1m]));
        Assert.Equal([12.86m, 12.86m, 12.86m, 12.86m, 12.86m, 12.85m, 12.85m], ScoreRounding.SplitInCents(90m, Enumerable.Repeat(1m, 7).ToArray()));
    }
}
