using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_VAL_008_Tests
{
    [Theory]
    [InlineData("≥0件")]
    [InlineData("≥0%")]
    public void Fires_on_a_floor_of_zero(string value)
    {
        var p = Build.Project("法律援助服务经费", "30.00", MoneyUnit.TenThousandYuan, Build.Indicators(
            $"产出指标\t数量指标\t法律援助案件受理数\t法律援助案件受理数\t{value}\t经验标准"), ["年度内法律援助案件受理数达 400 件以上"]);
        Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.TrivialTarget));
    }

    [Fact]
    public void Fires_on_a_ceiling_of_100_percent_on_a_share()
    {
        var p = Build.Project("法律援助服务经费", "30.00", MoneyUnit.TenThousandYuan, Build.Indicators(
            "产出指标\t质量指标\t法律援助案卷合格率\t法律援助案卷合格率\t≤100%\t年度工作计划"), ["法律援助案卷合格率达 95%以上"]);
        Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.TrivialTarget));
    }

    [Fact]
    public void Does_not_fire_on_cost_control_rate_ceiling_or_zero_error_rate()
    {
        // Seed 004 item 16 总成本控制率 ≤100%; seed 001 法律援助办案错误率 ≤0%.
        Assert.Empty(Build.Review(Seed004.Document).Of(RuleIds.TrivialTarget));
        Assert.Empty(Build.Review(Build.Document(Seed001.LegalAid)).Of(RuleIds.TrivialTarget));
    }
}
