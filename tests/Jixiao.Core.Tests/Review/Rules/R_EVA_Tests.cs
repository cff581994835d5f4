using Jixiao.Core.Model.PrintedEvaluation;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

/// <summary>The seed-004 hotline as printed correctly: no R-EVA rule has anything to say.</summary>
public sealed class R_EVA_SeedTests
{
    [Fact]
    public void A_correct_print_of_seed_004s_hotline_passes_every_rule()
    {
        var findings = Build.Review(Printed.Doc(Printed.Table(Printed.Hotline, "9.07", "92.06", "优")));
        Assert.DoesNotContain(findings, f => f.RuleId.StartsWith("R-EVA-", StringComparison.Ordinal));
    }
}

public sealed class R_EVA_001_Tests
{
    private static IReadOnlyList<Finding> Check(string line) =>
        Build.Review(Printed.Doc(Printed.Table(line))).Of(RuleIds.PrintedScoreWrong);

    [Theory]
    [InlineData("解答 12348 来电次数\t≥7000 次\t6300次\t8.34\t7.51\t来电量低于预期")]   // 6300/7000 × 8.34 = 7.506
    [InlineData("解答 12348 来电次数\t≥7000 次\t6300次\t8.34\t7.5\t来电量低于预期")]    // printed to one decimal
    [InlineData("总成本\t≤22.59 万元\t218000元\t8.33\t8.33")]                          // 元 against 万元: within the ceiling
    [InlineData("总成本\t≤20 万元\t21万元\t12.5\t11.9\t超支")]                          // ratio: 20/21 × 12.5 = 11.90
    [InlineData("总成本\t≤20 万元\t21万元\t12.5\t11.88\t超支")]                         // deviation (a province's setting): 11.875
    [InlineData("提升社会知晓程度\t有所提升\t问卷调查知晓率78%\t15\t14.00\t知晓率明显提升")] // judged: the evaluator's
    [InlineData("受援群众满意度\t≥95%\t不适用\t10\t")]                                  // not applicable
    public void Leaves_alone_what_follows_from_the_formula_or_is_judged(string line) => Assert.Empty(Check(line));

    [Fact]
    public void Errs_on_a_ratio_miscomputed_with_the_formula_and_the_score()
    {
        var f = Assert.Single(Check("解答 12348 来电、来访、代写法律文书响应率。\t≥95%\t93%\t8.33\t8.00\t夜间时段响应不及时"));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(("8.15", "8.00"), (f.Expected, f.Actual)); // 93/95 × 8.33 = 8.1546…
        Assert.Contains("min(实际完成值÷指标值, 1)×分值应得8.15分，印出得分8.00", f.Message, StringComparison.Ordinal);
        Assert.Equal("表“项目支出绩效自评表（12348 法律服务热线）”第10行“得分”栏", f.Where.ToString());
    }

    [Fact]
    public void Errs_on_a_cost_in_yuan_scored_down_although_within_its_ceiling_in_wanyuan() =>
        Assert.Equal(("8.33", Severity.Error), Assert.Single(Check("总成本\t≤22.59 万元\t218000元\t8.33\t7\t成本控制")) is var f ? (f.Expected, f.Severity) : default);

    [Fact]
    public void Errs_on_a_score_above_its_points_whatever_the_method()
    {
        var f = Assert.Single(Check("提升社会知晓程度\t有所提升\t明显提升\t15\t16"));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("超过其分值15", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_warns_where_the_ceiling_formula_is_a_settings_matter_and_leaves_a_hedged_actual_alone()
    {
        // An actual that is not one figure (约6300次) is not compared at all: nothing is reported.
        Assert.Empty(Check("解答 12348 来电次数\t≥7000 次\t约6300次\t8.34\t8.00\t来电量低于预期"));
        var ceiling = Assert.Single(Check("总成本\t≤20 万元\t21万元\t12.5\t10\t超支"));
        Assert.Equal(Severity.Warning, ceiling.Severity);
        Assert.Contains("按比例应得11.90，按偏离度应得11.88", ceiling.Message, StringComparison.Ordinal);
    }
}

public sealed class R_EVA_002_Tests
{
    private static IReadOnlyList<Finding> Check(string line) =>
        Build.Review(Printed.Doc(Printed.Table(line))).Of(RuleIds.FullPointsOnMiss);

    [Fact]
    public void Errs_on_full_points_for_a_floor_missed()
    {
        var f = Assert.Single(Check("解答 12348 来电次数\t≥7000 次\t6300次\t8.34\t8.34\t来电量低于预期"));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("自评结果虚高", f.Message, StringComparison.Ordinal);
        Assert.Equal("<8.34（按公式7.51）", f.Expected);
        // R-EVA-001 leaves the line to this rule: one finding, not two.
        Assert.Empty(Build.Review(Printed.Doc(Printed.Table("解答 12348 来电次数\t≥7000 次\t6300次\t8.34\t8.34\t来电量低于预期"))).Of(RuleIds.PrintedScoreWrong));
    }

    [Fact]
    public void Errs_on_full_points_for_a_cost_past_its_ceiling_across_units() =>
        Assert.Equal(Severity.Error, Assert.Single(Check("总成本\t≤22.59 万元\t230000元\t8.33\t8.33")).Severity);

    [Theory]
    [InlineData("招聘社区矫正社会工作者服务数量\t=27人\t25人\t10\t10")]               // = missed: the evaluator may judge 达成
    [InlineData("系统上线时间\t2024年12月底前\t延期至2025年3月上线\t10\t10")]         // a deadline said missed
    public void Only_warns_where_the_miss_is_a_matter_of_judgement_or_reading(string line) =>
        Assert.Equal(Severity.Warning, Assert.Single(Check(line)).Severity);

    [Theory]
    [InlineData("解答来访咨询人次\t≥400 人\t520人\t8.34\t8.34")]
    [InlineData("总成本\t≤22.59 万元\t218000元\t8.33\t8.33")]
    [InlineData("律师到岗值班率\t≥95%\t95%\t8.33\t8.33")]
    [InlineData("提升社会知晓程度\t有所提升\t明显提升\t15\t15\t达成")]
    [InlineData("解答 12348 来电次数\t≥7000 次\t约6300次\t8.34\t8.34")] // not one figure: not compared
    public void Leaves_alone_full_points_on_a_line_met_or_judged(string line) => Assert.Empty(Check(line));
}

public sealed class R_EVA_003_Tests
{
    private static IReadOnlyList<Finding> Check(string lines, string? execution, string total) =>
        Build.Review(Printed.Doc(Printed.Table(lines, execution, total))).Of(RuleIds.TotalNotSum);

    [Fact]
    public void Errs_on_a_total_that_is_not_the_sum()
    {
        var f = Assert.Single(Check(Printed.Hotline, "9.07", "93.06"));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(("92.06", "93.06"), (f.Expected, f.Actual));
        Assert.Contains("相差1", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void States_a_rounding_remainder_as_info()
    {
        // Lines printed to one decimal (7.5 + 8.3 + 9.1 = 24.9) against a total rounded from the unrounded scores.
        var f = Assert.Single(Check("甲\t≥10\t9\t8.34\t7.5\t不足\n乙\t≥10\t10\t8.33\t8.3\n丙\t≥10\t11\t9.1\t9.1", "9.1", "34.1"));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("属尾差", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_warns_when_a_score_is_not_printed()
    {
        var f = Assert.Single(Check(Printed.Hotline.Replace("8.33\t8.33\n", "8.33\t\n", StringComparison.Ordinal), "9.07", "92.06"));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("代写法律文书”的得分未印出", f.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, Assert.Single(Check(Printed.Hotline, null, "92.06")).Severity); // 执行率得分 not printed
    }

    [Fact]
    public void Passes_the_exact_sum() => Assert.Empty(Check(Printed.Hotline, "9.07", "92.06"));

    /// <summary>
    /// xian_243800f p70 (西安 2022 中职免学费补助): 执行率 scored 9.98 of 10 on its own row, nine indicators worth 90 scored 90,
    /// and the 总分 row prints 分值 90 and 得分 90 — a total over the indicators only, which is right, not 9.98 short.
    /// </summary>
    [Fact]
    public void Checks_a_total_over_the_indicators_only_against_the_lines_alone()
    {
        const string lines = "惠及中职学生\t>1000人\t>1000人\t20\t20\n资金到位率\t100%\t100%\t10\t10\n资金完成时间\t1月1日-12月31日\t1月1日-12月31日\t10\t10\n" +
            "中职免学费测试标准\t每生每年4000元\t每生每年4000元\t10\t10\n减轻学生家庭的生活负担\t有效减轻\t有效减轻\t8\t8\n保障学校工作的日常运转\t有效保障\t有效保障\t8\t8\n" +
            "生态效益\t\t\t8\t8\n政策发挥效应年限\t1年\t1年\t6\t6\n受助家庭满意度\t>98%\t>98%\t10\t10";
        PrintedSelfEvaluation Table(string total) => Printed.Table(lines, "9.98", total) with { TotalPoints = new PrintedCell("90", 1, 1, 20, 6) };
        Assert.Empty(Build.Review(Printed.Doc(Table("90"))).Of(RuleIds.TotalNotSum));
        // The same table with a total that is not the lines' sum is still an error, said as a total over the indicators.
        var f = Assert.Single(Build.Review(Printed.Doc(Table("80"))).Of(RuleIds.TotalNotSum)); // 10 off: more than nine whole-number rounding remainders
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(("90", "80"), (f.Expected, f.Actual));
        Assert.Contains("总分只计各项指标（分值90）", f.Message, StringComparison.Ordinal);
        // A total row printing 100 over the same lines adds the execution score as before: 99.98, not 90.
        Assert.Equal("99.98", Assert.Single(Build.Review(Printed.Doc(Printed.Table(lines, "9.98", "90"))).Of(RuleIds.TotalNotSum)).Expected);
    }
}

public sealed class R_EVA_004_Tests
{
    private static IReadOnlyList<Finding> Check(string total, string grade) =>
        Build.Review(Printed.Doc(Printed.Table(Printed.Hotline, total: total, grade: grade))).Of(RuleIds.GradeMismatch);

    [Theory]
    [InlineData("92.06", "优")]
    [InlineData("90", "优")]
    [InlineData("89.99", "良")]
    [InlineData("80", "良")]
    [InlineData("79.99", "中")]
    [InlineData("60", "中")]
    [InlineData("59.99", "差")]
    [InlineData("75", "合格")]     // 上海's labels
    [InlineData("59", "不合格")]
    [InlineData("95.5", "优秀")]
    public void Passes_a_grade_in_its_band(string total, string grade) => Assert.Empty(Check(total, grade));

    [Theory]
    [InlineData("92.06", "良", "优")]
    [InlineData("94.80", "合格", "优")]
    [InlineData("79.99", "良", "中")]
    [InlineData("61", "差", "中")]
    public void Errs_on_a_grade_its_total_does_not_reach_or_exceeds(string total, string grade, string expected)
    {
        var f = Assert.Single(Check(total, grade));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal((expected, grade), (f.Expected, f.Actual));
    }

    [Fact]
    public void Only_warns_on_a_boundary_a_vendor_counts_the_other_way_and_on_an_unknown_label()
    {
        var boundary = Assert.Single(Check("90", "良"));
        Assert.Equal(Severity.Warning, boundary.Severity);
        Assert.Contains("“>90分”为优", boundary.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, Assert.Single(Check("92", "A")).Severity);
    }
}

public sealed class R_EVA_005_Tests
{
    private static IReadOnlyList<Finding> Check(string lines, bool reasonColumn = true) =>
        Build.Review(Printed.Doc(Printed.Table(lines, reasonColumn: reasonColumn))).Of(RuleIds.ReasonMissingBelowFull);

    [Theory]
    [InlineData("解答 12348 来电、来访、代写法律文书响应率。\t≥95%\t93%\t8.33\t8.15")]
    [InlineData("解答 12348 来电、来访、代写法律文书响应率。\t≥95%\t93%\t8.33\t8.15\t无")]
    [InlineData("提供法律援助服务，持续维护社会和谐稳定发展。\t持续维护\t部分区县覆盖不足\t15\t10.00\t/")]
    public void Errs_on_points_lost_without_a_reason(string line)
    {
        var f = Assert.Single(Check(line));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("表“项目支出绩效自评表（12348 法律服务热线）”第10行“偏差原因分析及改进措施”栏", f.Where.ToString());
    }

    [Fact]
    public void Passes_full_points_and_a_reason_given() => Assert.Empty(Check(Printed.Hotline));

    [Fact]
    public void Warns_once_for_a_table_without_a_reason_column()
    {
        var f = Assert.Single(Check(Printed.Hotline, reasonColumn: false));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("4项指标扣了分", f.Message, StringComparison.Ordinal);
    }
}
