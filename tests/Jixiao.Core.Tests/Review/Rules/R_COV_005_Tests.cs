using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_COV_005_Tests
{
    [Fact]
    public void Fires_once_per_missing_output_subtype_on_seed_001_people_mediation()
    {
        var findings = Build.Review(Build.Document(Seed001.PeopleMediation)).Of(RuleIds.OutputSubtypeMissing);
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Contains("质量指标", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("时效指标", StringComparison.Ordinal));
    }

    [Fact]
    public void Does_not_fire_when_quantity_quality_and_timeliness_are_present()
    {
        // Seed 004 item 22 puts 时效 after 成本; still present.
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(22))).Of(RuleIds.OutputSubtypeMissing));
    }
}
