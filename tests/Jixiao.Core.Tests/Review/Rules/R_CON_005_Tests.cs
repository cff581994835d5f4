using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_CON_005_Tests
{
    [Fact]
    public void Fires_on_the_same_indicator_twice()
    {
        var p = Build.Project("人民调解经费", "120000.00", MoneyUnit.Yuan, Build.Indicators("""
            产出指标	数量指标	人民调解案件立案数	矛盾纠纷调解立案数	≥500 件	案件立案数量
            	数量指标	人民调解案件立案数	矛盾纠纷调解立案数	≥500 件	案件立案数量
            """), ["加强全区人民调解组织和队伍建设"]);
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.IndicatorRepeated));
        Assert.Equal(2, f.Where.Indicator);
    }

    [Fact]
    public void Does_not_fire_on_repeated_not_applicable_rows() =>
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(18))).Of(RuleIds.IndicatorRepeated));
}
