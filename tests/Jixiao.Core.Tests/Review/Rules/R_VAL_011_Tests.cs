using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_VAL_011_Tests
{
    [Fact]
    public void Fires_when_the_layout_has_the_column_and_a_row_leaves_it_blank()
    {
        var p = Build.Project("法律顾问经费", "20.00", MoneyUnit.TenThousandYuan, Build.Indicators("""
            产出指标	数量指标	法律顾问出具法律意见书及出庭数量	法律顾问出具法律意见书及出庭数量	≥50 件	年度工作计划
            	成本指标	总成本	总成本	≤20 万元
            """), ["法律顾问年度内出具法律意见书不低于 50 件"]);
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.BasisMissing));
        Assert.Equal(2, f.Where.Indicator);
    }

    [Fact]
    public void Does_not_fire_on_a_layout_without_the_column() =>
        Assert.Empty(Build.Review(OtherSeedDocuments.Seed003).Of(RuleIds.BasisMissing));
}
