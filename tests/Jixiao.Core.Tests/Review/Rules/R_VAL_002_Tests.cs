using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_VAL_002_Tests
{
    [Fact]
    public void Fires_on_an_operator_followed_by_words()
    {
        // Seed 004 item 1 row with the figure written in words.
        var p = Build.Project("12348 法律服务热线", "22.59", MoneyUnit.TenThousandYuan, Build.Indicators(
            "产出指标\t质量指标\t律师到岗值班率\t律师到岗值班率\t≥百分之九十五\t年度工作计划"), ["律师到岗值班率达 95%"]);
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.ValueUnreadable));
        Assert.Contains("无法识别", f.Message);
    }

    [Fact]
    public void Does_not_fire_on_readable_values() =>
        Assert.Empty(Build.Review(Seed004.Document).Of(RuleIds.ValueUnreadable));
}
