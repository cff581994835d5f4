using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_BUD_009_Tests
{
    [Fact]
    public void Fires_on_an_empty_table_without_the_note()
    {
        var t = Seed004.Table("政府性基金");
        var f = Assert.Single(Build.Review(Build.WithTables(t with { Rows = [] })).Of(RuleIds.EmptyTableWithoutNote));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Equal(t.Title, f.Where.Table);
    }

    [Fact]
    public void Does_not_fire_on_seed_004_empty_tables_with_their_note()
    {
        // "注：无政府基金预算财政拨款预算，空表列示。"
        Assert.Empty(Build.Review(Build.WithTables(Seed004.Table("政府性基金"), Seed004.Table("国有资本经营"), Seed004.Table("三公"))).Of(RuleIds.EmptyTableWithoutNote));
    }
}
