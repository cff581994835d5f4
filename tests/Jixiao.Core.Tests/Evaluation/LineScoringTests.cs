using Jixiao.Core.Evaluation;
using static Jixiao.Core.Tests.Evaluation.Sheets;

namespace Jixiao.Core.Tests.Evaluation;

/// <summary>Each scoring method of FORMAT.md, computed by hand on a single line worth all 90 points.</summary>
public class LineScoringTests
{
    private static IndicatorEvaluation Score(string target, string? actual, string? reason = "原因", string? grade = null, string? score = null, EvaluationSettings? settings = null) =>
        ScoreOne(OneLine(target), settings, actuals: Line("指标", actual, reason, grade, score)).Indicators.Single();

    [Theory]
    // ≥: min(actual / target, 1) × points
    [InlineData("≥7000次", "7000次", "90.00", "ge-ratio")]
    [InlineData("≥7000次", "6300次", "81.00", "ge-ratio")]
    [InlineData("≥7000次", "9000次", "90.00", "ge-ratio")]      // over-achievement never above the points
    [InlineData("≥7000次", "0次", "0.00", "ge-ratio")]
    [InlineData("≥95%", "93%", "88.11", "ge-ratio")]            // 93/95 × 90 = 88.105… → 88.11 (half away from zero)
    [InlineData("≥350万人次", "3150000人次", "81.00", "ge-ratio")] // 万 magnitude: 315万 of 350万
    [InlineData("≥800万", "720万元", "81.00", "ge-ratio")]        // a bare 万 on money compares with 万元
    [InlineData("≥7000次", "6300", "81.00", "ge-ratio")]         // a bare number is in the target's unit
    [InlineData("＞100件", "100件", "90.00", "ge-ratio")]
    // ≤: full within the ceiling, else target / actual × points, 0 when the target is 0
    [InlineData("≤22.59万元", "218000元", "90.00", "le-ratio")]   // 元 against 万元: 21.8万元 ≤ 22.59万元
    [InlineData("≤20万元", "250000元", "72.00", "le-ratio")]      // 20/25 × 90
    [InlineData("≤600元/人", "0.075万元/人", "72.00", "le-ratio")] // 750元/人: 600/750 × 90
    [InlineData("≤0%", "0%", "90.00", "le-ratio")]
    [InlineData("≤0%", "0.5%", "0.00", "le-ratio")]
    [InlineData("≤7日", "10日", "63.00", "le-ratio")]
    // =: full when met
    [InlineData("100%", "100%", "90.00", "equal")]
    [InlineData("=27名", "27名", "90.00", "equal")]
    // deadline: full when done on time
    [InlineData("12月底", "已完成", "90.00", "deadline")]
    [InlineData("2024年11月30日前", "2024年11月20日完成", "90.00", "deadline")]
    [InlineData("11月30日前", "11月30日", "90.00", "deadline")]
    [InlineData("12月底", "按时完成", "90.00", "deadline")]
    public void A_line_is_scored_by_its_formula(string target, string actual, string expected, string method)
    {
        var line = Score(target, actual);
        Assert.Equal(expected, Jixiao.Core.Performance.ScoreRounding.Format2(line.Score!.Value));
        Assert.Equal(method, line.Method!.Value.ToFormat());
        Assert.Equal(90m, line.Points);
    }

    [Theory]
    [InlineData("100%", "98%")]                    // = missed
    [InlineData("12月底", "未按时完成")]            // deadline: a word of delay
    [InlineData("2024年11月30日前", "2024年12月5日")] // deadline: a later date
    [InlineData("11月30日前", "2025年1月10日")]      // a later year
    [InlineData("及时", "较为及时")]                 // qualitative
    [InlineData("≥2套", "两套")]                    // cannot be compared
    [InlineData("≥2套", "2台")]                     // another unit
    public void Lines_the_formula_cannot_settle_are_judged(string target, string actual)
    {
        var line = Score(target, actual, grade: "部分达成", score: "60");
        Assert.Equal(ScoringMethod.Judged, line.Method);
        Assert.Equal(60m, line.Score);
    }

    [Theory]
    // 达成 [80%, 100%] of 90 = [72, 90]; 部分达成 [54, 72); 未达成 [0, 54)
    [InlineData("达成", "72", true)]
    [InlineData("达成", "90", true)]
    [InlineData("达成", "71.99", false)]
    [InlineData("达成", "90.01", false)]
    [InlineData("部分达成", "54", true)]
    [InlineData("部分达成", "71.99", true)]
    [InlineData("部分达成", "72", false)]
    [InlineData("部分达成并具有一定效果", "60", true)]
    [InlineData("未达成", "0", true)]
    [InlineData("未达成", "53.99", true)]
    [InlineData("未达成", "54", false)]
    [InlineData("未达成且效果较差", "20", true)]
    public void A_judged_score_must_lie_in_its_grade_band(string grade, string score, bool inside)
    {
        var project = ScoreOne(OneLine("进一步保障"), actuals: Line("指标", "基本保障", "理由", grade, score));
        Assert.Equal(inside, !project.Findings.Any(f => f.RuleId == EvaluationRules.ScoreOutsideBand.Id));
        var line = project.Indicators.Single();
        Assert.True(line.Score <= line.Points);
    }

    [Fact]
    public void A_judged_line_without_grade_or_score_is_a_blocking_finding_and_scores_0()
    {
        var project = ScoreOne(OneLine("进一步保障"), actuals: Line("指标", "基本保障", "理由"));
        Assert.Equal(0m, project.Indicators.Single().Score);
        var f = Assert.Single(project.Findings, f => f.RuleId == EvaluationRules.JudgementMissing.Id);
        Assert.Equal(Jixiao.Core.Review.Severity.Error, f.Severity);
        Assert.Contains("未选评价等级", f.Message);
        Assert.Contains("指标“指标”", f.Message);
    }

    [Fact]
    public void A_judged_line_needs_a_reason_even_at_full_points()
    {
        var project = ScoreOne(OneLine("进一步保障"), actuals: Line("指标", "全面保障", reason: null, grade: "达成", score: "90"));
        Assert.Contains(project.Findings, f => f.RuleId == EvaluationRules.ReasonMissing.Id && f.Message.Contains("评判理由"));
    }

    [Fact]
    public void Below_full_points_without_a_reason_blocks_and_says_where_and_what()
    {
        var project = ScoreOne(OneLine("≥7000次", "解答来电次数"), actuals: Line("解答来电次数", "6300次", reason: " "));
        var f = Assert.Single(project.Findings);
        Assert.Equal(EvaluationRules.ReasonMissing.Id, f.RuleId);
        Assert.Equal("第1个项目第1项指标（偏差原因分析及改进措施）", f.Where.ToString());
        Assert.Contains("解答来电次数", f.Message);
        Assert.Contains("81.00", f.Message);
        Assert.Equal("90.00", f.Expected);
        Assert.Equal("81.00", f.Actual);
    }

    [Fact]
    public void Full_points_need_no_reason()
    {
        var project = ScoreOne(OneLine("≥7000次"), actuals: Line("指标", "7000次", reason: null));
        Assert.Empty(project.Findings);
    }

    [Theory]
    [InlineData("≥1000次", "1200次", false)] // exactly 20% past: not more than 20%
    [InlineData("≥1000次", "1201次", true)]
    [InlineData("≤10万元", "8万元", false)]
    [InlineData("≤10万元", "7.9万元", true)] // a ceiling far under-run is past it too
    [InlineData("=100件", "130件", true)]
    [InlineData("≥1000次", "500次", false)] // a miss is not over-achievement
    public void A_result_more_than_20_percent_past_its_target_is_flagged(string target, string actual, bool flagged)
    {
        var project = ScoreOne(OneLine(target), actuals: Line("指标", actual, "原因", "达成", "90"));
        Assert.Equal(flagged, project.Findings.Any(f => f.RuleId == EvaluationRules.FarPastTarget.Id));
        Assert.All(project.Findings.Where(f => f.RuleId == EvaluationRules.FarPastTarget.Id), f => Assert.Equal(Jixiao.Core.Review.Severity.Warning, f.Severity));
    }

    [Fact]
    public void The_deviation_formula_is_a_setting()
    {
        var settings = EvaluationSettings.Default with { CeilingFormula = CeilingFormula.Deviation };
        // (1 − (650 − 600) / 600) × 90 = 82.5; at twice the target and beyond: 0
        Assert.Equal(82.5m, Score("≤600元/人", "650元/人", settings: settings).Score);
        Assert.Equal(0m, Score("≤600元/人", "1200元/人", settings: settings).Score);
        Assert.Equal(0m, Score("≤600元/人", "1500元/人", settings: settings).Score);
        // and the default: 600 / 650 × 90 = 83.0769… → 83.08
        Assert.Equal(83.08m, Score("≤600元/人", "650元/人").Score);
    }

    [Fact]
    public void A_missing_actual_scores_0_and_blocks()
    {
        var project = ScoreOne(OneLine("≥7000次"), actuals: Line("指标", null, "原因"));
        Assert.Equal(0m, project.Indicators.Single().Score);
        Assert.Equal(ScoringMethod.GreaterRatio, project.Indicators.Single().Method);
        Assert.Contains(project.Findings, f => f.RuleId == EvaluationRules.ActualMissing.Id && f.Severity == Jixiao.Core.Review.Severity.Error);
    }

    [Fact]
    public void An_actual_in_another_unit_is_judged_with_a_warning()
    {
        var project = ScoreOne(OneLine("≥2套"), actuals: Line("指标", "2台", "型号调整", "达成", "80"));
        Assert.Contains(project.Findings, f => f.RuleId == EvaluationRules.NotComparable.Id && f.Message.Contains("“2台”"));
    }
}
