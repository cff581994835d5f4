using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_BUD_005_Tests
{
    [Fact]
    public void Does_not_fire_on_seed_004_tables() =>
        Assert.Empty(Build.Review(Build.WithTables(Seed004.Document.BudgetTables.ToArray())).Of(RuleIds.TotalsAcrossTables));

    [Fact]
    public void Fires_when_the_expenditure_table_total_differs_from_the_summary()
    {
        var t = Seed004.Table("部门预算支出总表");
        var rows = t.Rows.Select(r => r[2] == "合计" ? (IReadOnlyList<string?>)["1", null, "合计", "4148.33", "3060.90", "1087.42"] : r).ToArray();
        var tables = Seed004.Document.BudgetTables.Select(x => x.Title == t.Title ? t with { Rows = rows } : x).ToArray();
        var findings = Build.Review(Build.WithTables(tables)).Of(RuleIds.TotalsAcrossTables);
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Expected == "4148.23" && f.Actual == "4148.33");
    }
}
