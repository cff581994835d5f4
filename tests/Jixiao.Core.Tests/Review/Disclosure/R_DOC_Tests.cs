using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Review.Rules.Disclosure;
using Jixiao.Core.Tests.Review.Support;
using static Jixiao.Core.Tests.Review.Disclosure.DisclosureBuild;

namespace Jixiao.Core.Tests.Review.Disclosure;

public sealed class R_DOC_001_Tests
{
    [Fact]
    public void Does_not_fire_on_seed_004_which_has_every_table_and_part() =>
        Assert.Empty(Build.Review(Seed004With(new DisclosureText { Sections = AllSections() })).Of(RuleIds.RequiredPartMissing));

    [Fact]
    public void Does_not_run_on_a_document_that_is_not_a_disclosure() =>
        Assert.Empty(Build.Review(Build.WithTables(Seed004.Table("三公"))).Of(RuleIds.RequiredPartMissing));

    [Fact]
    public void Names_each_missing_table_and_part()
    {
        var sections = AllSections().Where(s => s.Kind != DisclosureSectionKind.Procurement).ToArray();
        // A 河北 document (the title names 承德市): the jurisdiction's set is known, so a missing table is an error.
        var doc = With(new DisclosureText { Title = "承德市司法局2024年部门预算", Sections = sections }, Seed004.Table("三公"), Seed004.Table("收支总表"));
        var findings = Build.Review(doc).Of(RuleIds.RequiredPartMissing);
        Assert.Equal(8, findings.Count); // 7 tables and 政府采购
        Assert.Contains(findings, f => f.Message.Contains("政府采购", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.Equal(Severity.Error, f.Severity));
        Assert.Contains(findings, f => f.Message.Contains("按河北省的公开口径（标题", StringComparison.Ordinal));
        // Nothing to point at: no line, no page, and the place says it is the whole document.
        Assert.All(findings, f => Assert.Equal((0, 0), (f.Where.SourceLine, f.Where.Page)));
        Assert.Contains(findings, f => f.Where.ToString() == "整个文档（预算公开表）");
        Assert.Contains(findings, f => f.Where.ToString() == "整个文档（说明文字）");
    }

    [Fact]
    public void Tables_without_any_explanation_give_one_finding_for_the_text()
    {
        var findings = Build.Review(Seed004With(new DisclosureText())).Of(RuleIds.RequiredPartMissing);
        Assert.Contains("情况说明", Assert.Single(findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_whose_tables_are_in_a_named_attachment_gets_one_warning_not_one_error_per_table()
    {
        // Shaped like 北京: the explanation in one PDF, “附件：某某局部门2026年度部门预算报表” published as another file.
        var text = new DisclosureText { Sections = AllSections(), Paragraphs = [Paragraph("附件：某某局部门 2026 年度部门预算报表")] };
        var f = Assert.Single(Build.Review(With(text)).Of(RuleIds.RequiredPartMissing));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("附件", f.Message, StringComparison.Ordinal);
        // With no table read and no attachment named, still one warning that says the reading may have failed.
        var none = Assert.Single(Build.Review(With(new DisclosureText { Sections = AllSections() })).Of(RuleIds.RequiredPartMissing));
        Assert.Equal(Severity.Warning, none.Severity);
        Assert.Contains("未能读出任何公开表", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jurisdiction_may_require_its_own_set()
    {
        // A set asking only for the 收支总表 and the 政府采购 part: seed 004 has both; without its sections only 政府采购 is missing.
        var engine = new ReviewEngineBuilder().Add(new R_DOC_001_RequiredPartMissing(
            [new DisclosurePart("收支总表", BudgetTableKind.Summary), new DisclosurePart("政府采购情况", Section: DisclosureSectionKind.Procurement)])).Build();
        Assert.Empty(engine.Review(Seed004With(new DisclosureText { Sections = AllSections() })));
        var explanationOnly = new DisclosureText { Sections = [new DisclosureSection(DisclosureSectionKind.Explanation, "情况说明", 1)] };
        Assert.Contains("政府采购", Assert.Single(engine.Review(Seed004With(explanationOnly))).Message, StringComparison.Ordinal);
    }
}

public sealed class R_DOC_002_Tests
{
    [Fact]
    public void Fires_on_a_table_printed_twice_and_on_a_blank_page()
    {
        var t = Seed004.Table("三公");
        var doc = With(new DisclosureText { Sections = AllSections(), BlankPages = [5] }, t, t with { SourceLine = 600 });
        var findings = Build.Review(doc).Of(RuleIds.PrintedTwiceOrBlankPage);
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        // The second printing by its title line; the blank page, which has no line, by its page.
        Assert.Equal(600, Assert.Single(findings, f => f.Where.Table is not null).Where.SourceLine);
        var blank = Assert.Single(findings, f => f.Where.Table is null).Where;
        Assert.Equal((5, 0), (blank.Page, blank.SourceLine));
        Assert.Equal("第5页（整页）", blank.ToString());
    }

    [Fact]
    public void Does_not_fire_on_seed_004() =>
        Assert.Empty(Build.Review(Seed004With(new DisclosureText { Sections = AllSections() })).Of(RuleIds.PrintedTwiceOrBlankPage));
}

public sealed class R_DOC_003_Tests
{
    [Fact]
    public void Reports_hidden_text_once_per_page_with_its_lines()
    {
        var doc = With(new DisclosureText
        {
            Hidden = [new HiddenText(40, 7, "9.“卫生健康支出（类）…”78.21万元", "页面外"), new HiddenText(41, 7, "10.“住房保障支出（类）…”204.91万元", "页面外")],
        });
        var f = Assert.Single(Build.Review(doc).Of(RuleIds.TextNotVisible));
        Assert.Equal(40, f.Where.SourceLine);
        Assert.Equal(41, f.Where.EndLine);
        Assert.Contains("第7页", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_hidden_nothing_reported() => Assert.Empty(Build.Review(With(new DisclosureText())).Of(RuleIds.TextNotVisible));
}
