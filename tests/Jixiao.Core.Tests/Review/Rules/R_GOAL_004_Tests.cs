using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_GOAL_004_Tests
{
    [Fact]
    public void Fires_on_seed_004_item_14_goal_10_percent_against_indicator_15_percent()
    {
        var f = Assert.Single(Build.Review(Build.Document(Seed004.Project(14))).Of(RuleIds.GoalContradictsIndicator));
        Assert.Contains("行政复议案件直接纠错率", f.Message);
        Assert.Equal("10%", f.Expected);
        Assert.Equal("≥15%", f.Actual);
        Assert.Equal(6, f.Where.Indicator);
    }

    [Fact]
    public void Does_not_fire_when_goal_figures_agree_with_indicators()
    {
        // Seed 004 items 1–3: 到岗值班率达 95% / ≥95%, 总成本小于等于 30 万元 / ≤30 万元 …
        foreach (var n in new[] { 1, 2, 3, 13 })
            Assert.Empty(Build.Review(Build.Document(Seed004.Project(n))).Of(RuleIds.GoalContradictsIndicator));
    }
}
