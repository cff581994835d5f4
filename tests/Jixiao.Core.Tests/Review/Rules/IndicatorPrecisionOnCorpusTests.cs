using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

/// <summary>
/// Indicator rules on rows copied from the real corpus (issue 16): each row below was an error that the page showed to be
/// false, or one that the reading could not be sure of; beside it, the row that stays an error.
/// </summary>
public sealed class IndicatorPrecisionOnCorpusTests
{
    private static IReadOnlyList<Finding> Review(string budget, string rows, MoneyUnit unit = MoneyUnit.TenThousandYuan) =>
        Build.Review(Build.Document(Build.Project("项目", budget, unit, Build.Indicators(rows, hasDescription: false), ["保障项目实施，完成年度任务"])));

    [Fact]
    public void R_VAL_005_a_rate_whose_name_states_hours_is_not_judged_as_a_share()
    {
        // xian_838aeef p65: 视频安全监控系统一级故障响应及时率(小时) ≤8.
        Assert.Empty(Review("100", "产出指标\t时效指标\t视频安全监控系统一级故障响应及时率(小时)\t≤8").Of(RuleIds.DirectionContradictsMeaning));
        Assert.Single(Review("100", "产出指标\t时效指标\t视频安全监控系统一级故障响应及时率\t≤80%").Of(RuleIds.DirectionContradictsMeaning));
    }

    [Fact]
    public void R_VAL_005_a_subsidy_standard_written_as_a_floor_is_a_warning_that_says_why()
    {
        // fuzhou_b27b5cb p31: 成本指标 | 经济成本指标 | 居民医保人均财政补助标准 | ≥800元.
        var f = Assert.Single(Review("5000", "成本指标\t经济成本指标\t居民医保人均财政补助标准\t≥800元").Of(RuleIds.DirectionContradictsMeaning));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("标准", f.Message, StringComparison.Ordinal);
        // xian_e178376 p43: a cost that is no standard stays an error.
        Assert.Equal(Severity.Error, Assert.Single(Review("100", "成本指标\t经济成本\t宣传片拍摄成本\t≥25万元").Of(RuleIds.DirectionContradictsMeaning)).Severity);
    }

    [Fact]
    public void R_VAL_006_a_ratio_of_two_counts_and_the_quality_of_a_count_are_not_counts()
    {
        // fuzhou_b27b5cb p29 and xian_14af670 p46.
        Assert.Empty(Review("100", "成本指标\t经济成本指标\t项目管理人员与项目实施总人数之比\t≤5%").Of(RuleIds.UnitContradictsMeaning));
        Assert.Empty(Review("100", "产出指标\t质量指标\t根据抽样人群测算全市失能半失能老年人数质量\t100%").Of(RuleIds.UnitContradictsMeaning));
        // fuzhou_17f2ee9 p39: a rate valued in 次 stays an error.
        Assert.Single(Review("100", "效益指标\t社会效益指标\t安全生产保障率\t=0 次").Of(RuleIds.UnitContradictsMeaning));
        Assert.Single(Review("100", "产出指标\t数量指标\t培训人数\t100%").Of(RuleIds.UnitContradictsMeaning));
    }

    [Fact]
    public void R_CON_001_a_ceiling_within_the_rounding_of_the_printed_budget_is_not_above_it()
    {
        // fuzhou_ac7c3a0 p27: 资金总额 13.20万元, 项目租金费用 ≤13.2012万元 (13.20 may be 13.2012 rounded).
        Assert.Empty(Review("13.20", "成本指标\t经济成本指标\t项目租金费用\t≤13.2012万元").Of(RuleIds.CostAboveBudget));
        // fuzhou_bbd9dcf p42: 资金总额 102.05万元, 全年租金总额 ≤103.1万元 stays an error.
        Assert.Single(Review("102.05", "成本指标\t经济成本指标\t全年租金总额\t≤103.1万元").Of(RuleIds.CostAboveBudget));
    }

    [Fact]
    public void R_VAL_001_a_one_character_fragment_is_not_an_indicator()
    {
        // xian_9c69283 p81: “性”, the end of 行政执法权威性 wrapped onto a row of its own.
        Assert.Empty(Review("100", "效益指标\t生态效益指标\t性\t").Of(RuleIds.ValueEmpty));
        Assert.Single(Review("100", "效益指标\t社会效益指标\t指标3：有效提升灾害风险信息和科学决策水平\t").Of(RuleIds.ValueEmpty));
    }
}

public sealed class R_COV_006_CorpusTests
{
    private static IReadOnlyList<Finding> Review(string rows) =>
        Build.Review(Build.Document(Build.Project("项目", "100", MoneyUnit.TenThousandYuan, Build.Indicators(rows, hasDescription: false), ["保障项目实施"]))).Of(RuleIds.LevelMisplaced);

    [Fact]
    public void A_benefit_row_cut_off_by_a_page_break_from_its_first_level_is_only_a_warning()
    {
        // xian_9645ce9 p48–49: 经济效益指标 is the last row of p48 with its first-level cell blank; 效益指标 is printed on p49.
        var f = Assert.Single(Review("""
            产出指标	成本指标	指标 2：安保人员成本	5 万元
            	经济效益指标	指标 1：提高人员技能水平及经济发展服务能力	有所提升
            效益指标	社会效益指标	指标 1：消除安全隐患，改善工作环境	有效
            满意度指标	服务对象满意度指标	群众满意度	≥95%
            """));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("分页", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Benefit_rows_under_output_with_no_benefit_level_printed_stay_an_error()
    {
        // xian_2a35027 p33: no 效益指标 printed after 产出指标; 社会效益 and 生态效益 fall in the 产出 block.
        var f = Assert.Single(Review("""
            产出指标	数量指标	接待群众人次	≥1000人次
            	社会效益指标	保安维护中心大厅正常工作秩序	长期
            	生态效益指标	项目发挥作用的可持续性	1年
            满意度指标	服务对象满意度指标	群众满意度	≥95%
            """), x => x.Message.Contains("社会效益指标", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, f.Severity);
    }
}
