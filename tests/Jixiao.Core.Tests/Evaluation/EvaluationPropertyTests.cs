using CsCheck;
using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Core.Performance;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Evaluation;

/// <summary>Properties of the scorer on generated projects and actuals.</summary>
public class EvaluationPropertyTests
{
    private static readonly string[] Levels = ["产出指标\t数量指标", "产出指标\t质量指标", "产出指标\t成本指标", "成本指标\t经济成本指标", "效益指标\t社会效益指标", "满意度指标\t服务对象满意度指标"];
    private static readonly string[] Targets = ["≥{0}次", "≤{0}万元", "{0}%", "≥{0}%", "≤{0}元/人", "12月底", "进一步保障", "={0}件"];
    private static readonly string[] Actuals = ["{0}次", "{0}万元", "{0}元", "{0}%", "{0}元/人", "已完成", "延期", "基本保障", "{0}件", "不适用", ""];
    private static readonly string[] Grades = ["达成", "部分达成", "未达成", "", "优秀"];

    private static readonly Gen<string> Figure = Gen.Int[0, 20000].Select(i => (i / 100m).ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Gen<(string Row, IndicatorActual Actual)> LineGen =
        Gen.Select(Gen.OneOf(Levels), Gen.OneOf(Targets), Figure, Gen.OneOf(Actuals), Figure, Gen.OneOf(Grades), Gen.Int[0, 120], Gen.Bool)
            .SelectMany(t => Gen.Int[0, 1_000_000].Select(id =>
            {
                var (level, target, tf, actual, af, grade, score, reason) = t;
                var name = "指标" + id;
                var row = $"{level}\t{name}\t\t{string.Format(System.Globalization.CultureInfo.InvariantCulture, target, tf)}";
                return (row, new IndicatorActual
                {
                    Name = name,
                    Actual = string.Format(System.Globalization.CultureInfo.InvariantCulture, actual, af),
                    Grade = grade.Length == 0 ? null : grade,
                    Score = WrittenDecimal.TryParse(score.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    Reason = reason ? "原因" : null,
                });
            }));

    private static readonly Gen<(bool Weighted, (string Row, IndicatorActual Actual)[] Lines, int[] Weights, string Executed)> ProjectGen =
        Gen.Select(Gen.Bool, LineGen.Array[1, 14], Gen.Int[0, 40].Array[14], Figure);

    private static ProjectEvaluation Score((bool Weighted, (string Row, IndicatorActual Actual)[] Lines, int[] Weights, string Executed) p)
    {
        var lines = Build.Indicators(string.Join('\n', p.Lines.Select(l => l.Row))).ToArray();
        if (p.Weighted)
            lines = lines.Select((l, i) => l with { Weight = new WrittenDecimal(p.Weights[i].ToString(System.Globalization.CultureInfo.InvariantCulture), p.Weights[i]) }).ToArray();
        var targets = Build.Document(Build.Project("项目", "100", MoneyUnit.TenThousandYuan, lines));
        var sheet = new EvaluationSheet
        {
            Projects = [new ProjectActuals { Name = "项目", Execution = new(null, WrittenDecimal.TryParse("100"), WrittenDecimal.TryParse(p.Executed)), Indicators = p.Lines.Select(l => l.Actual).ToArray() }],
        };
        return new SelfEvaluationScorer().Score(targets, sheet).Projects.Single();
    }

    [Fact]
    public void A_line_never_scores_below_0_or_above_its_points() =>
        ProjectGen.Sample(p =>
        {
            foreach (var line in Score(p).Indicators.Where(l => l.Score is not null))
                Assert.InRange(line.Score!.Value, 0m, line.Points!.Value);
        }, iter: 2000);

    [Fact]
    public void Totals_are_sums_of_the_rounded_lines_and_scores_have_two_decimals() =>
        ProjectGen.Sample(p =>
        {
            var result = Score(p);
            Assert.All(result.Indicators.Where(l => l.Score is not null), l => Assert.Equal(ScoreRounding.Round2(l.Score!.Value), l.Score));
            Assert.Equal(result.Indicators.Sum(l => l.Score ?? 0m), result.IndicatorScore);
            Assert.Equal(result.ExecutionScore + result.IndicatorScore, result.Total);
            Assert.InRange(result.Total!.Value, 0m, 100m);
            Assert.Equal(EvaluationSettings.Default.GradeOf(result.Total.Value), result.Grade);
        }, iter: 2000);

    [Fact]
    public void Points_of_the_lines_that_apply_make_exactly_90() =>
        ProjectGen.Sample(p =>
        {
            var result = Score(p);
            var applying = result.Indicators.Where(l => l.Method != ScoringMethod.NotApplicable).ToArray();
            var n = p.Lines.Length;
            var totalWeights = p.Weights.Take(n).Sum();
            var applyingWeights = Enumerable.Range(0, n).Where(i => result.Indicators[i].Method != ScoringMethod.NotApplicable).Sum(i => p.Weights[i]);
            // Weights that give the lines that apply nothing at all leave nothing to rescale: the one case below 90.
            if (applying.Length > 0 && !(p.Weighted && totalWeights > 0 && applyingWeights == 0))
                Assert.Equal(90m, applying.Sum(l => l.Points!.Value));
        }, iter: 2000);

    [Fact]
    public void Below_full_points_without_a_reason_always_blocks() =>
        ProjectGen.Sample(p =>
        {
            var result = Score(p);
            for (var i = 0; i < result.Indicators.Count; i++)
            {
                var l = result.Indicators[i];
                if (l.Score < l.Points && string.IsNullOrWhiteSpace(l.Reason))
                    Assert.Contains(result.Findings, f => f.Where.Indicator == i + 1 && f.Severity == Jixiao.Core.Review.Severity.Error);
            }
        }, iter: 2000);
}
