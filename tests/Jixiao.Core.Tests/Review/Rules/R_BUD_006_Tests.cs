using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_BUD_006_Tests
{
    [Fact]
    public void Does_not_fire_on_seed_004_three_costs()
    {
        // 14.55 = 0 + 11.40 + 3.15; 11.40 = 0 + 11.40.
        Assert.Empty(Build.Review(Build.WithTables(Seed004.Table("三公"))).Of(RuleIds.ThreeCostsSum));
    }

    [Fact]
    public void Fires_when_the_total_is_not_the_sum_of_the_three()
    {
        var t = Seed004.Table("三公");
        var rows = t.Rows.Select(r => r[1] == "合计" ? (IReadOnlyList<string?>)["1", "合计", "15.55", "15.55"] : r).ToArray();
        var findings = Build.Review(Build.WithTables(t with { Rows = rows })).Of(RuleIds.ThreeCostsSum);
        Assert.Equal(2, findings.Count(f => f.Severity == Severity.Error));
        Assert.All(findings, f => Assert.Equal("14.55", f.Expected));
    }
}
