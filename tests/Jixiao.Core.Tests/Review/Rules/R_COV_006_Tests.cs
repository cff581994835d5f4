using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_COV_006_Tests
{
    [Fact]
    public void Fires_when_a_social_benefit_row_sits_under_output()
    {
        // Seed 002 行政复议行政诉讼 row "促进社会和谐稳定", placed under 产出 by mistake.
        var p = Build.Project("行政复议行政诉讼", "30000.00", MoneyUnit.Yuan, Build.Indicators("""
            产出指标	数量指标	新增执法人员数	新增执法人员数	≥50 人	年度计划
            	社会效益指标	促进社会和谐稳定	促进社会和谐稳定	促进社会和谐稳定	年度计划
            """), ["推动依法行政"]);
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.LevelMisplaced));
        Assert.Contains("效益指标", f.Message);
        Assert.Equal(2, f.Where.Indicator);
    }

    [Fact]
    public void Does_not_fire_on_template_placements_of_cost_and_satisfaction()
    {
        Assert.Empty(Build.Review(Build.Document(Seed001.Notary)).Of(RuleIds.LevelMisplaced));
        Assert.Empty(Build.Review(Build.Document(Seed001.CommunityCorrection)).Of(RuleIds.LevelMisplaced));
        Assert.Empty(Build.Review(Seed004.Document).Of(RuleIds.LevelMisplaced));
    }
}
