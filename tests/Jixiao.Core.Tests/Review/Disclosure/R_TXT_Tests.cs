using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;
using static Jixiao.Core.Tests.Review.Disclosure.DisclosureBuild;

namespace Jixiao.Core.Tests.Review.Disclosure;

public sealed class R_TXT_001_Tests
{
    private static IReadOnlyList<Finding> Review(params string[] paragraphs) =>
        Build.Review(With(new DisclosureText { Paragraphs = paragraphs.Select(p => Paragraph(p)).ToArray() })).Of(RuleIds.TemplateLeftover);

    [Fact]
    public void Fires_on_the_welfare_homes_leftovers()
    {
        var findings = Review("（二）公务用车购置及运行费6.40万元，与2023年预算持平，主要原因是。其中：公务用车购置费0.00万元。", "五、国有资产占有使用情况（增加内容）");
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Contains("主要原因是。", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("（增加内容）", StringComparison.Ordinal));
    }

    [Fact]
    public void Fires_on_XX_and_增加减少()
    {
        Assert.Single(Review("XX单位2024年收入预算100.00万元。"));
        Assert.Single(Review("比上年增加（减少）5.00万元。"));
    }

    [Fact]
    public void Does_not_fire_on_real_sentences() =>
        Assert.Empty(Review("（三）公务接待费3.15万元，同比减少0.03万元，减少的主要原因是厉行节约。", "主要原因是：有退休人员去世。"));
}

public sealed class R_TXT_002_Tests
{
    private static IReadOnlyList<Finding> Review(params DisclosureParagraph[] p) =>
        Build.Review(With(new DisclosureText { Paragraphs = p })).Of(RuleIds.BrokenPunctuation);

    [Fact]
    public void Fires_on_doubled_punctuation() => Assert.Single(Review(Paragraph("机关运行经费共计安排348.81万元。。主要用于办公费。")));

    [Fact]
    public void A_quote_closed_in_the_next_paragraph_of_the_same_part_is_closed() =>
        Assert.Empty(Review(Paragraph("6.“社会保障和就业支出（类）机关事业单位基本养老保险缴费支出（项）"), Paragraph("”174.83万元，主要用于缴纳基本养老保险支出。")));

    [Fact]
    public void Fires_on_a_quote_never_closed_before_the_next_heading()
    {
        var f = Assert.Single(Review(Paragraph("1.“一般公共服务支出（类）行政运行（项）1,623.18万元，主要用于基本支出。"), Paragraph("二、机关运行经费预算", heading: true)));
        Assert.Contains("右引号", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_on_an_explanation_paragraph_without_its_full_stop()
    {
        // 烟台 2026: the sentence stops at a comma and the next heading follows.
        var f = Assert.Single(Review(Paragraph("机关运行经费指为保障行政单位运行用于购买货物和服务的各项资金。2026年本部门机关运行经费安排604.53万元，",
            section: DisclosureSectionKind.OfficeRunningCosts)));
        Assert.Equal(Severity.Warning, f.Severity);
    }

    [Fact]
    public void Headings_and_finished_sentences_are_fine() =>
        Assert.Empty(Review(Paragraph("三、机关运行经费安排情况", heading: true), Paragraph("2024年，我部门机关运行经费共计安排348.81万元，主要用于办公费等日常运行支出。")));
}

public sealed class R_TXT_003_Tests
{
    private static IReadOnlyList<Finding> Review(int year, string text) =>
        Build.Review(With(new DisclosureText { Paragraphs = [Paragraph(text)] }) with { FiscalYear = year }).Of(RuleIds.WrongComparisonYear);

    [Fact]
    public void Fires_when_a_budget_compares_with_its_own_year()
    {
        var f = Assert.Single(Review(2026, "财政拨款收入3,121.42万元，比2026年预算增加107.62万元。"));
        Assert.Equal("2025年", f.Expected);
        Assert.Equal("2026年", f.Actual);
    }

    [Fact]
    public void Does_not_fire_on_the_year_before_or_on_other_years() =>
        Assert.Empty(Review(2025, "财政拨款收入3,121.42万元，比2024年预算增加107.62万元。截至2024年8月31日，财政局共有车辆0辆。"));
}

public sealed class R_TXT_004_Tests
{
    private static IReadOnlyList<Finding> Review(DisclosureScope scope, string text) =>
        Build.Review(With(new DisclosureText { Scope = scope, Paragraphs = [Paragraph(text)] })).Of(RuleIds.ScopeContradiction);

    [Fact]
    public void Fires_when_a_unit_budget_speaks_of_its_department_budget() =>
        Assert.Single(Review(DisclosureScope.Unit, "2024年部门预算安排购置车辆0辆。"));

    [Fact]
    public void Does_not_fire_on_the_classification_name_or_the_own_scope()
    {
        Assert.Empty(Review(DisclosureScope.Unit, "2024年预算单位一般公共预算基本支出部门预算经济分类预算表。2024年单位预算安排购置车辆0辆。"));
        Assert.Empty(Review(DisclosureScope.Department, "2025年部门预算安排购置车辆0辆，下属0家预算单位。"));
    }
}
