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

    /// <summary>Seed 004's 支出总表 cut after row <paramref name="lastRow"/> (序号), as if the rest were on a page not joined to it.</summary>
    private static Jixiao.Core.Model.BudgetTable CutAfter(string lastRow)
    {
        var t = Seed004.Table("部门预算支出总表");
        var keep = t.Rows.TakeWhile(r => r[0] != lastRow).ToList();
        keep.Add(t.Rows.First(r => r[0] == lastRow));
        return t with { Rows = keep };
    }

    [Fact]
    public void A_shortfall_where_the_children_run_to_the_end_of_the_table_is_a_warning_that_says_why()
    {
        // Cut after 2040801 行政运行: 20408 强制隔离戒毒 2031.43 keeps one of its five 项 (1275.90), and 204 and 合计 lose
        // the rest too — what a continuation page read as another table looks like.
        var findings = Build.Review(Build.WithTables(CutAfter("15"))).Of(RuleIds.ClassificationSums)
            .Where(f => f.Severity != Severity.Info).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        var f = Assert.Single(findings, f => f.Where.Code == "20408" && f.Where.Column == "合计");
        Assert.Contains("表可能在下一页续排", f.Message, StringComparison.Ordinal);
        Assert.Equal(("1275.90", "2031.43"), (f.Expected, f.Actual));
        Assert.Contains(findings, f => f.Where.Row == 1);
    }

    [Fact]
    public void A_shortfall_closed_by_the_next_class_stays_an_error()
    {
        // Drop 2040802 一般行政管理事务 (307.50) from the middle: 20408 is followed by 208, so its 项 are all listed.
        var t = Seed004.Table("部门预算支出总表");
        var rows = t.Rows.Where(r => r[1] != "2040802").ToArray();
        var errors = Build.Review(Build.WithTables(t with { Rows = rows })).Of(RuleIds.ClassificationSums).Where(f => f.Severity == Severity.Error).ToList();
        Assert.Contains(errors, f => f.Where.Code == "20408" && f.Where.Column == "合计");
    }

    [Fact]
    public void A_sum_over_its_parent_at_the_end_of_the_table_stays_an_error()
    {
        // Missing rows cannot make a sum larger: 2040801 raised to 1375.90 under a 20408 cut after it.
        var t = CutAfter("15");
        var rows = t.Rows.Select(r => r[1] == "2040801" ? (IReadOnlyList<string?>)["15", "2040801", "行政运行", "2275.90", "2275.90"] : r).ToArray();
        var errors = Build.Review(Build.WithTables(t with { Rows = rows })).Of(RuleIds.ClassificationSums).Where(f => f.Severity == Severity.Error).ToList();
        Assert.Contains(errors, f => f.Where.Code == "20408" && f.Where.Column == "合计");
    }
}
