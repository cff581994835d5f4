using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_DEP_001_Tests
{
    [Fact]
    public void Fires_without_a_department_wide_target_or_with_empty_goals()
    {
        Assert.Single(Build.Review(OtherSeedDocuments.Seed003).Of(RuleIds.OverallTargetMissing));
        var empty = Seed004.Document with { Overall = new OverallTarget { Goals = ["  "] } };
        Assert.Contains("总体绩效目标为空", Assert.Single(Build.Review(empty).Of(RuleIds.OverallTargetMissing)).Message);
    }

    [Fact]
    public void Empty_goals_sit_on_their_heading_and_a_missing_target_is_about_the_whole_document()
    {
        var empty = Seed004.Document with { Overall = new OverallTarget { Goals = ["  "], GoalsHeadingLine = 12 } };
        Assert.Equal(12, Assert.Single(Build.Review(empty).Of(RuleIds.OverallTargetMissing)).Where.SourceLine);
        var missing = Assert.Single(Build.Review(OtherSeedDocuments.Seed003).Of(RuleIds.OverallTargetMissing)).Where;
        Assert.Equal(0, missing.SourceLine);
        Assert.Equal("整个文档（未见部门整体绩效目标）", missing.ToString());
    }

    [Fact]
    public void Does_not_fire_on_seed_004() => Assert.Empty(Build.Review(Seed004.Document).Of(RuleIds.OverallTargetMissing));
}
