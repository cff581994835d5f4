using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_VAL_012_Tests
{
    [Fact]
    public void Fires_on_satisfaction_below_80_percent()
    {
        var p = Build.Project("普法经费", "70000.00", MoneyUnit.Yuan, Build.Indicators(
            "满意度指标\t服务对象满意度指标\t宣传活动群众满意度\t群众对宣传活动的认可度\t≥70百分率\t对参与活动群众的调查"), ["拟定县区级法律宣传教育规划并组织实施"]);
        Assert.Equal(Severity.Info, Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.LowSatisfactionTarget)).Severity);
    }

    [Fact]
    public void Does_not_fire_at_or_above_80_percent() =>
        Assert.Empty(Build.Review(OtherSeedDocuments.Seed002).Of(RuleIds.LowSatisfactionTarget));
}
