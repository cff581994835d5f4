using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_COV_007_Tests
{
    [Fact]
    public void Fires_once_per_table_listing_empty_template_rows()
    {
        var f = Assert.Single(Build.Review(Build.Document(Seed001.PeopleMediation)).Of(RuleIds.TemplateRowEmpty));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("7行", f.Message);
        Assert.Contains("质量指标", f.Message);
    }

    [Fact]
    public void Does_not_fire_when_every_row_is_filled() =>
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(1))).Of(RuleIds.TemplateRowEmpty));
}
