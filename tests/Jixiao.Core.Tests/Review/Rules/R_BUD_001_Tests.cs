using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_BUD_001_Tests
{
    [Fact]
    public void Seed_004_summary_states_the_rounding_difference_as_info_not_error()
    {
        // 本年收入合计 3771.58 + 上年结转结余 376.64 = 4148.22 against 收入总计 4148.23.
        var f = Assert.Single(Build.Review(Build.WithTables(Seed004.Table("部门预算收支总表"))).Of(RuleIds.SummaryTotals));
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Contains("尾差", f.Message);
        Assert.Equal(("4148.22", "4148.23"), (f.Expected, f.Actual));
    }

    [Fact]
    public void Fires_when_income_and_spending_totals_differ()
    {
        var t = Seed004.Table("部门预算收支总表");
        var rows = t.Rows.Select(r => r.Contains("支出总计") ? (IReadOnlyList<string?>)r.Select((c, i) => i == 4 ? "4158.23" : c).ToArray() : r).ToArray();
        var findings = Build.Review(Build.WithTables(t with { Rows = rows })).Of(RuleIds.SummaryTotals);
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Message.Contains("支出总计", StringComparison.Ordinal));
    }
}
