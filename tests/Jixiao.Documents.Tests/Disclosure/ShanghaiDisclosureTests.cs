using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Analysis;
using Jixiao.Documents.Layouts.Disclosure;

namespace Jixiao.Documents.Tests.Disclosure;

/// <summary>
/// The Shanghai 普陀区 disclosures (PDF, no project target tables) read as budget disclosures and reviewed: every
/// finding of the disclosure rules and the budget-table rules is one a checker confirms on the printed page
/// (docs/review-on-real-documents.md), and nothing else.
/// </summary>
public sealed class ShanghaiDisclosureTests
{
    private static readonly string[] DisclosureAndTableRules =
    [
        .. RuleIds.All.Where(id => id.StartsWith("R-BUD", StringComparison.Ordinal) || id.StartsWith("R-DOC", StringComparison.Ordinal)
            || id.StartsWith("R-NUM", StringComparison.Ordinal) || id.StartsWith("R-TXT", StringComparison.Ordinal)),
    ];

    private static (Core.Model.TargetDocument Document, IReadOnlyList<Finding> Findings) Check(string name)
    {
        var result = DocumentImporter.CreateDefault().Import(name, RealDocs.Bytes(name));
        var findings = ReviewRules.Default.Review(result.Document).Where(f => DisclosureAndTableRules.Contains(f.RuleId) && f.Severity != Severity.Info).ToList();
        return (result.Document, findings);
    }

    [Fact]
    public void The_finance_bureau_budget_is_read_with_its_nine_tables_and_its_text()
    {
        var (doc, _) = Check(RealDocs.PutuoFinance);
        Assert.Equal(DisclosureLayout.LayoutName, doc.Source.Layout);
        Assert.Equal(2025, doc.FiscalYear);
        Assert.Equal(DisclosureScope.Department, doc.Disclosure!.Scope);
        Assert.Equal(9, doc.BudgetTables.Count);
        var kinds = doc.BudgetTables.Select(t => BudgetTableKinds.FromTitle(t.Title)).ToHashSet();
        Assert.Subset(kinds, new HashSet<BudgetTableKind>(Enum.GetValues<BudgetTableKind>().Where(k => k != BudgetTableKind.Other)));
        // Items 1–11 of the 编制说明 are printed on pages 7 and 8 (a WPS cell over two pages): each is read once.
        Assert.Single(doc.Disclosure.Statements, s => s.ItemName == "住房公积金");
    }

    [Fact]
    public void The_finance_bureau_budget_has_one_error_the_887_36_that_should_be_87_36()
    {
        var f = Assert.Single(Check(RealDocs.PutuoFinance).Findings);
        Assert.Equal((RuleIds.ClassificationItemMismatch, "87.36万元", "887.36万元"), (f.RuleId, f.Expected, f.Actual));
        Assert.True(f.Where.SourceLine > 0);
        Assert.Contains("887.36", f.Where.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void The_welfare_homes_unit_budget_has_its_four_true_findings()
    {
        var (doc, findings) = Check(RealDocs.PutuoWelfare);
        Assert.Equal(DisclosureScope.Unit, doc.Disclosure!.Scope);
        // The fourth: item 5 of the 2024 explanation names 210类 by its pre-2019 name, while the unit's own 功能分类 tables
        // print 210 卫生健康支出 (page 6 against pages 8–9) — the renamed 科目 the check sheets found elsewhere.
        Assert.Equal(
            [(RuleIds.ClassificationItemMismatch, "738.66万元"), (RuleIds.ClassificationItemMismatch, "医疗卫生与计划生育支出"),
             (RuleIds.TemplateLeftover, null), (RuleIds.TemplateLeftover, null)],
            findings.Select(f => (f.RuleId, f.Actual)).ToArray());
        Assert.Equal("卫生健康支出", findings[1].Expected);
        Assert.Contains(findings, f => f.Message.Contains("主要原因是。", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("（增加内容）", StringComparison.Ordinal));
    }

    [Fact]
    public void Stated_changes_of_the_welfare_home_are_read_and_recompute_correctly()
    {
        var (doc, _) = Check(RealDocs.PutuoWelfare);
        var item = Assert.Single(doc.Disclosure!.Statements, s => s.ItemName == "事业单位离退休");
        Assert.Equal(("53.84", "54.60", "1.39", ChangeDirection.Decrease), (item.Amount.Text, item.LastYear?.Text, item.ChangePercent?.Text, item.Direction));
        Assert.DoesNotContain(ReviewRules.Default.Review(doc), f => f.RuleId == RuleIds.ChangeMiscomputed);
    }
}
