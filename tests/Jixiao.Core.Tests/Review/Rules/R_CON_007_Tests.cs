using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_CON_007_Tests
{
    [Fact]
    public void Fires_on_seed_004_item_28_complete_2023_in_a_2024_document()
    {
        var f = Assert.Single(Build.Review(Build.Document(Seed004.Project(28))).Of(RuleIds.YearOutOfRange));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("完成2023年度", f.Message);
    }

    [Fact]
    public void Does_not_fire_on_a_baseline_year_or_the_fiscal_year()
    {
        // Seed 004 item 23 "反映单位 2023 年度在所矫治戒毒人员实有人数情况"; item 7 "2024 年 12 月底前".
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(23))).Of(RuleIds.YearOutOfRange));
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(7))).Of(RuleIds.YearOutOfRange));
    }
}
