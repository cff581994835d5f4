using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_GOAL_002_Tests
{
    [Fact]
    public void Fires_on_seed_004_item_27_placeholder_goal()
    {
        var f = Assert.Single(Build.Review(Build.Document(Seed004.Project(27))).Of(RuleIds.Placeholder));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("目标内容 1", f.Message);
        Assert.Equal("goals", f.Where.Field);
    }

    [Fact]
    public void Fires_on_an_indicator_name_that_is_only_a_number_label()
    {
        var p = Build.Project("法律援助", "20", MoneyUnit.TenThousandYuan, Build.WeightedIndicators("产出指标\t数量指标\t指标1：\t≥\t800件\t20"), ["加大法律援助工作宣传力度"]);
        Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.Placeholder));
    }

    [Fact]
    public void Does_not_fire_on_numbered_goals_and_indicators_with_content()
    {
        // Seed 001, 转移支付资金: "目标1：…" goals and "指标1：…" names carry content.
        var p = Build.Project("转移支付资金", "385", MoneyUnit.TenThousandYuan, Build.WeightedIndicators("""
            产出指标	数量指标	指标1：支持人民调解案件数量	≥	4500件	10
            		指标2：支持法律援助案件数量	≥	800件	10
            """), ["目标1：全力推动“法治政府示范县”创建，提升法治秀山建设水平", "目标3：积极开展“标准化”司法所建设和“智慧矫正中心”建设"]);
        Assert.Empty(Build.Review(Build.Document(p)).Of(RuleIds.Placeholder));
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(28))).Of(RuleIds.Placeholder));
    }
}
