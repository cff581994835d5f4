using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_BUD_002_Tests
{
    [Fact]
    public void Seed_004_expenditure_table_has_no_errors_only_rounding_notes()
    {
        var findings = Build.Review(Build.WithTables(Seed004.Table("部门预算支出总表"))).Of(RuleIds.ClassificationSums);
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
        // 合计 4148.23 against 204 + 208 + 210 + 221 = 4148.22.
        Assert.Contains(findings, f => f.Where.Row == 1 && f.Expected == "4148.22" && f.Actual == "4148.23");
    }

    [Fact]
    public void Fires_when_a_kuan_does_not_add_up_to_its_xiang()
    {
        // 20406 司法 基本支出 1034.09 = 967.35 + 66.74; change 律师管理 基本支出 to 76.74 (its 合计 89.33 kept).
        var t = Seed004.Table("部门预算支出总表");
        var rows = t.Rows.Select(r => r[1] == "2040606" ? (IReadOnlyList<string?>)["8", "2040606", "律师管理", "89.33", "76.74", "22.59"] : r).ToArray();
        var f = Assert.Single(Build.Review(Build.WithTables(t with { Rows = rows })).Of(RuleIds.ClassificationSums), x => x.Severity == Severity.Error);
        Assert.Equal("20406", f.Where.Code);
        Assert.Equal("基本支出", f.Where.Column);
    }
}
