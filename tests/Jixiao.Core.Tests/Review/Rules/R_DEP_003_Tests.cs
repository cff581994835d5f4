using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_DEP_003_Tests
{
    // Seed 001 整体支出绩效目标申报表: 2282.58 = 1598.17 + 684.41; weights 10×5 + 5 + 10 + 5 + 10 + 10 + 10 = 100.
    private const string OverallRows = """
        产出指标	数量指标	指标1：支持人民调解案件数量	≥	4500	10
        		指标2：支持法律援助案件数量	≥	800	10
        		指标3：管理社区矫正对象数量	≥	300	10
        		指标4：招聘社区矫正社会工作者服务数量	=	27	10
        		指标5：配置村居（社区）法律顾问	=	268	10
        成本指标		指标1：单位印刷、购买宣传品成本	≤	10万元	5
        效益指标	社会效益指标	指标1：法律援助挽回经济损失	≥	800万元	10
        		指标2：普法宣传信息阅读量	≥	350万人次	5
        		指标3：村（社区）法律顾问覆盖率	≥	100%	10
        满意度指标	服务对象满意度指标	指标1：法律援助受援对象满意度	≥	99%	10
        		指标2：公证业务满意度	≥	99%	10
        """;

    private static TargetDocument Doc(string total, string rows = OverallRows) => Build.WithTables() with
    {
        MoneyUnit = MoneyUnit.TenThousandYuan,
        Overall = new OverallTarget
        {
            Goals = ["目标1：全力推动“法治政府示范县”创建，提升法治秀山建设水平"],
            Funds = new OverallFunds(WrittenDecimal.TryParse(total), WrittenDecimal.TryParse("1598.17"), WrittenDecimal.TryParse("684.41")),
            Indicators = Build.WeightedIndicators(rows),
        },
    };

    [Fact]
    public void Does_not_fire_on_seed_001() => Assert.Empty(Build.Review(Doc("2282.58")).Of(RuleIds.OverallArithmetic));

    [Fact]
    public void Fires_on_wrong_funds_and_states_a_rounding_difference_as_info()
    {
        Assert.Equal(Severity.Error, Assert.Single(Build.Review(Doc("2292.58")).Of(RuleIds.OverallArithmetic)).Severity);
        Assert.Equal(Severity.Info, Assert.Single(Build.Review(Doc("2282.59")).Of(RuleIds.OverallArithmetic)).Severity);
    }

    [Fact]
    public void Fires_on_weights_not_summing_to_100() =>
        Assert.Contains("权重合计为95", Assert.Single(Build.Review(Doc("2282.58", OverallRows.Replace("指标2：公证业务满意度\t≥\t99%\t10", "指标2：公证业务满意度\t≥\t99%\t5", StringComparison.Ordinal))).Of(RuleIds.OverallArithmetic)).Message);

    private static readonly string NinetyRows = OverallRows.Replace("指标2：公证业务满意度\t≥\t99%\t10", "指标2：公证业务满意度\t≥\t99%\t0", StringComparison.Ordinal);

    [Fact]
    public void A_table_that_prints_its_weights_as_90_points_is_held_to_90()
    {
        // 西安's 部门整体支出绩效目标表: 分值权重（90分） over the weights, 执行率分值（10分） beside the funds.
        var doc = Doc("2282.58", NinetyRows);
        var stated = doc with { Overall = doc.Overall! with { StatedWeightTotal = 90m, ExecutionRatePoints = 10m } };
        Assert.Empty(Build.Review(stated).Of(RuleIds.OverallArithmetic));
        var wrong = Assert.Single(Build.Review(stated with { Overall = stated.Overall! with { StatedWeightTotal = 90m, Indicators = Doc("2282.58").Overall!.Indicators } }).Of(RuleIds.OverallArithmetic));
        Assert.Equal(Severity.Error, wrong.Severity);
        Assert.Contains("应为90（表中列明权重合计90分）", wrong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_the_total_is_only_assumed_a_difference_is_a_warning()
    {
        // 执行率分值（10分） printed, no stated total: the other indicators should sum to 90, but that is a reading of the frame.
        var doc = Doc("2282.58");
        var assumed = Assert.Single(Build.Review(doc with { Overall = doc.Overall! with { ExecutionRatePoints = 10m } }).Of(RuleIds.OverallArithmetic));
        Assert.Equal(Severity.Warning, assumed.Severity);
        Assert.Equal(Severity.Warning, Assert.Single(Build.Review(Doc("2282.58", NinetyRows)).Of(RuleIds.OverallArithmetic)).Severity);
    }

    [Fact]
    public void A_funds_finding_sits_on_the_funds_row_and_a_weights_finding_on_the_indicator_rows()
    {
        // Seed 001's text: the funds on line 13, the eleven weighted indicators on lines 17–27.
        var doc = Doc("2292.58", OverallRows.Replace("指标2：公证业务满意度\t≥\t99%\t10", "指标2：公证业务满意度\t≥\t99%\t5", StringComparison.Ordinal));
        var overall = doc.Overall!;
        doc = doc with
        {
            Overall = overall with
            {
                Funds = overall.Funds! with { SourceLine = 13 },
                Indicators = [.. overall.Indicators.Select((i, n) => i with { SourceLine = 17 + n })],
            },
        };
        var findings = Build.Review(doc).Of(RuleIds.OverallArithmetic);
        Assert.Equal(13, Assert.Single(findings, f => f.Where.Field == "funds").Where.SourceLine);
        var weights = Assert.Single(findings, f => f.Where.Field == "weight").Where;
        Assert.Equal((17, 27), (weights.SourceLine, weights.EndLine));
    }
}
