using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_BUD_003_Tests
{
    [Fact]
    public void Seed_004_rows_add_up_with_only_the_total_row_rounded()
    {
        // 律师管理 89.33 = 66.74 + 22.59; 合计 4148.23 against 3060.90 + 1087.32 = 4148.22.
        var findings = Build.Review(Build.WithTables(Seed004.Table("部门预算支出总表"), Seed004.Table("三公"))).Of(RuleIds.RowTotal);
        var f = Assert.Single(findings);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal("4148.22", f.Expected);
    }

    [Fact]
    public void Fires_when_total_differs_from_basic_plus_project()
    {
        var t = Seed004.Table("一般公共预算财政拨款支出表");
        var rows = t.Rows.Select(r => r[1] == "2040606" ? (IReadOnlyList<string?>)["8", "2040606", "律师管理", "99.33", "66.74", "22.59"] : r).ToArray();
        Assert.Contains(Build.Review(Build.WithTables(t with { Rows = rows })).Of(RuleIds.RowTotal), f => f.Severity == Severity.Error && f.Where.Code == "2040606");
    }
}
