using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_CON_006_Tests
{
    [Fact]
    public void Fires_on_a_foreign_region_and_on_a_year_after_the_fiscal_year()
    {
        var doc = Build.Document(Seed004.Project(1), Seed004.Project(2), Seed004.Project(3) with { Code = "13073023P00020510007C" },
            Seed004.Project(4) with { Code = "13080025P000094100062" });
        var findings = Build.Review(doc).Of(RuleIds.ProjectCodeMismatch);
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Where.Project == 3 && f.Message.Contains("130730", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Where.Project == 4 && f.Message.Contains("2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Does_not_fire_on_seed_004_codes() =>
        Assert.Empty(Build.Review(Seed004.Document).Of(RuleIds.ProjectCodeMismatch));
}
