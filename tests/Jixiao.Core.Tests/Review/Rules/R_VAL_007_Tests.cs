using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_VAL_007_Tests
{
    [Fact]
    public void Fires_on_a_share_above_100_percent()
    {
        var p = Build.Project("警察服装经费", "3.00", MoneyUnit.TenThousandYuan, Build.Indicators(
            "产出指标\t质量指标\t采购警察服装质量合格率\t采购警察服装质量合格率\t110%\t年度工作计划"), ["本年度内采购警察服装 15 套"]);
        Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.ImpossiblePercentage));
    }

    [Fact]
    public void Does_not_fire_on_100_percent_or_cost_control_rates() =>
        Assert.Empty(Build.Review(Seed004.Document).Of(RuleIds.ImpossiblePercentage));
}
