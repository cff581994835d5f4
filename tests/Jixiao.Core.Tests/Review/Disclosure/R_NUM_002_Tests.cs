using Jixiao.Core.Model;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;
using static Jixiao.Core.Tests.Review.Disclosure.DisclosureBuild;

namespace Jixiao.Core.Tests.Review.Disclosure;

public sealed class R_NUM_002_Tests
{
    // 上海市普陀区财政局 2025, 一般公共预算支出功能分类预算表 (元), codes printed over 类 | 款 | 项.
    private static readonly BudgetTable Table = Build.Table("2025年部门一般公共预算支出功能分类预算表",
        ["项目-功能分类科目编码-类", "项目-功能分类科目编码-款", "项目-功能分类科目编码-项", "项目-功能分类科目名称", "项目-合计", "项目-基本支出", "一般公共预算支出-项目支出"], """
        208	 	 	社会保障和就业支出	3,508,644.00	3,508,644.00
        208	05	 	行政事业单位养老支出	3,508,644.00	3,508,644.00
        208	05	01	行政单位离退休	877,080.00	877,080.00
        208	05	06	机关事业单位职业年金缴费支出	873,617.00	873,617.00
        208	05	99	其他行政事业单位养老支出	9,620.00	9,620.00
        """) with { Unit = MoneyUnit.Yuan };

    private static ExplanationStatement Item(string item, string amount) =>
        Statement(StatementSubject.ClassificationItem, amount, $"“社会保障和就业支出（类）行政事业单位养老支出（款）{item}（项）”{amount}万元") with
        {
            ItemName = item, ClassName = "社会保障和就业支出", SectionName = "行政事业单位养老支出", Flow = StatementFlow.Expenditure,
        };

    private static IReadOnlyList<Finding> Review(params ExplanationStatement[] s) =>
        Build.Review(With(new DisclosureText { Statements = s }, Table)).Of(RuleIds.ClassificationItemMismatch);

    [Fact]
    public void Does_not_fire_where_the_text_rounds_or_cuts_the_table_or_writes_其它() =>
        Assert.Empty(Review(Item("行政单位离退休", "87.70"), Item("其它行政事业单位养老支出", "0.96")));

    [Fact]
    public void Fires_on_the_real_887_36_against_873617_yuan()
    {
        var f = Assert.Single(Review(Item("机关事业单位职业年金缴费支出", "887.36")));
        Assert.Equal("87.36万元", f.Expected);
        Assert.Equal("887.36万元", f.Actual);
        Assert.Contains("2080506", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fires_when_the_code_names_another_item()
    {
        var s = Statement(StatementSubject.ClassificationItem, "87.71", "2080501-行政单位医疗 87.71万元") with { Code = "2080501", ItemName = "行政单位医疗" };
        var f = Assert.Single(Review(s));
        Assert.Equal("行政单位离退休", f.Expected);
    }

    // A 2025 table that prints 210 by its current name (卫生健康支出, since the 2019 classification).
    private static readonly BudgetTable Health = Build.Table("2025年部门一般公共预算支出功能分类预算表",
        ["项目-功能分类科目编码-类", "项目-功能分类科目编码-款", "项目-功能分类科目编码-项", "项目-功能分类科目名称", "项目-合计", "项目-基本支出", "一般公共预算支出-项目支出"], """
        210	 	 	卫生健康支出	120,000.00	120,000.00
        210	11	 	行政事业单位医疗	120,000.00	120,000.00
        210	11	01	行政单位医疗	120,000.00	120,000.00
        """) with { Unit = MoneyUnit.Yuan };

    private static IReadOnlyList<Finding> ReviewHealth(int year, params ExplanationStatement[] s) =>
        Build.Review(With(new DisclosureText { Statements = s }, Health) with { FiscalYear = year }).Of(RuleIds.ClassificationItemMismatch);

    [Fact]
    public void A_class_named_by_its_pre_2019_name_is_reported_with_the_current_name_the_table_prints()
    {
        var s = Statement(StatementSubject.ClassificationItem, "12.00", "210类 医疗卫生与计划生育支出 12.00万元") with { Code = "210", ItemName = "医疗卫生与计划生育支出" };
        var f = Assert.Single(ReviewHealth(2025, s));
        Assert.Equal("卫生健康支出", f.Expected);
        Assert.Equal("医疗卫生与计划生育支出", f.Actual);
        Assert.Contains("自2019年起", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_old_class_name_above_an_item_is_reported_and_the_item_still_matched_by_amount()
    {
        var s = Statement(StatementSubject.ClassificationItem, "15.00", "“医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）”15.00万元") with
        {
            ItemName = "行政单位医疗", ClassName = "医疗卫生与计划生育支出", SectionName = "行政事业单位医疗",
        };
        var findings = ReviewHealth(2025, s);
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Expected == "卫生健康支出");
        Assert.Contains(findings, f => f.Expected == "12.00万元" && f.Actual == "15.00万元");
    }

    [Fact]
    public void A_2018_document_may_use_the_old_name_and_a_name_the_table_does_not_confirm_is_not_judged()
    {
        var s = Statement(StatementSubject.ClassificationItem, "12.00", "210类 医疗卫生与计划生育支出 12.00万元") with { ItemName = "医疗卫生与计划生育支出" };
        Assert.Empty(ReviewHealth(2018, s));
        Assert.Empty(Review(s)); // the 208 table prints no 210 row: nothing confirms the current name
    }

    [Fact]
    public void The_rename_table_is_data_with_a_source_for_each_entry()
    {
        Assert.Contains(Jixiao.Core.Review.Classification.RenamedClassifications.All, r => r.Code == "210" && r.Since == 2019);
        Assert.All(Jixiao.Core.Review.Classification.RenamedClassifications.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }
}
