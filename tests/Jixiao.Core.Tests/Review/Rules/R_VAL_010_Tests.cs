using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_VAL_010_Tests
{
    [Fact]
    public void Fires_once_per_table_on_seed_004_item_1()
    {
        var f = Assert.Single(Build.Review(Build.Document(Seed004.Project(1))).Of(RuleIds.DescriptionRepeatsName));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("9项", f.Message);
    }

    [Fact]
    public void Does_not_fire_when_descriptions_explain_or_rows_are_not_applicable()
    {
        // Seed 002 item 3: every description differs from its name.
        Assert.Empty(Build.Review(Build.Document(OtherSeedDocuments.Seed002Project(3))).Of(RuleIds.DescriptionRepeatsName));
        // Seed 004 item 18: only 不涉及 rows repeat, and they are not indicators.
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(18))).Of(RuleIds.DescriptionRepeatsName));
    }
}
