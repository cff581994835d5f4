using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_VAL_005_Tests
{
    [Fact]
    public void Fires_on_seed_002_cost_written_as_a_floor()
    {
        // 行政复议行政诉讼: 成本预算控制数 ≥30000 元.
        var f = Assert.Single(Build.Review(Build.Document(OtherSeedDocuments.Seed002Project(5))).Of(RuleIds.DirectionContradictsMeaning));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("成本预算控制数", f.Message);
        Assert.Equal("≤30000元", f.Expected);
    }

    [Fact]
    public void Fires_on_a_satisfaction_written_as_a_ceiling()
    {
        var p = Build.Project("补助办公经费", "600000.00", MoneyUnit.Yuan, Build.Indicators(
            "满意度指标\t服务对象满意度指标\t单位人员满意度\t单位办公人员对保障工作的满意程度\t≤90%\t工作状态"), ["保障办公正常运转"]);
        Assert.Contains("正向指标", Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.DirectionContradictsMeaning)).Message);
    }

    [Fact]
    public void Fires_on_an_error_rate_written_as_a_floor()
    {
        var p = Build.Project("法律援助", "20", MoneyUnit.TenThousandYuan, Build.WeightedIndicators("产出指标\t质量指标\t法律援助办案错误率\t≥\t5%\t20"), ["做到应援尽援"]);
        Assert.Contains("反向指标", Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.DirectionContradictsMeaning)).Message);
    }

    [Fact]
    public void Does_not_fire_on_correct_directions_in_the_seeds()
    {
        // 003: 脱管漏管率 ≤1%, 运维成本 ≤70万; 001: 错误率 ≤0%, 按时办结 = 100%, 挽回经济损失 ≥800万; 002: 再犯罪率 ≤0.5 百分率;
        // 004: 总成本控制率 ≤100%, 消防安全事故降低率 ≤50%, 安全事故发生率 ≤0.1 百分比.
        Assert.Empty(Build.Review(Build.Document(OtherSeedDocuments.Seed003Project(12))).Of(RuleIds.DirectionContradictsMeaning));
        var p3 = OtherSeedDocuments.Seed003Project(3);
        Assert.DoesNotContain(Build.Review(Build.Document(p3)).Of(RuleIds.DirectionContradictsMeaning), f => f.Where.Indicator == 2);
        Assert.Empty(Build.Review(Build.Document(Seed001.LegalAid)).Of(RuleIds.DirectionContradictsMeaning));
        Assert.Empty(Build.Review(Build.Document(OtherSeedDocuments.Seed002Project(4))).Of(RuleIds.DirectionContradictsMeaning));
        Assert.Empty(Build.Review(Seed004.Document).Of(RuleIds.DirectionContradictsMeaning));
    }
}
