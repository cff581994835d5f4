using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_GOAL_003_Tests
{
    [Fact]
    public void Fires_on_seed_002_repeated_goal()
    {
        // 公共法律服务: "1.应援优援，案件补贴到位 2.法律援助机构信息化网络化建设 3.应援优援，案件补贴到位"
        var f = Assert.Single(Build.Review(Build.Document(OtherSeedDocuments.Seed002Project(1))).Of(RuleIds.GoalRepeated));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("应援优援，案件补贴到位", f.Message);
    }

    [Fact]
    public void Does_not_fire_on_distinct_goals()
    {
        // Seed 004, 强制隔离戒毒人员经费: two different goals.
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(23))).Of(RuleIds.GoalRepeated));
    }
}
