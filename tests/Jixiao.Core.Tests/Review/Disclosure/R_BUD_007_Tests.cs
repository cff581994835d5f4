using Jixiao.Core.Model;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;
using static Jixiao.Core.Tests.Review.Disclosure.DisclosureBuild;

namespace Jixiao.Core.Tests.Review.Disclosure;

public sealed class R_BUD_007_Tests
{
    // Seed 004's 支出说明 and 三公 sentences, against its own tables.
    private static readonly ExplanationStatement[] Seed004Figures =
    [
        Statement(StatementSubject.ExpenditureTotal, "4148.23", "2024年支出预算4148.23万元"),
        Statement(StatementSubject.Basic, "3060.90", "其中基本支出3060.90万元"),
        Statement(StatementSubject.Personnel, "2712.09", "包括人员经费2712.09万元"),
        Statement(StatementSubject.Public, "348.81", "日常公用经费348.81万元"),
        Statement(StatementSubject.Project, "1087.32", "项目支出1087.32万元"),
        Statement(StatementSubject.ThreeCosts, "14.55", "财政拨款“三公”经费预算安排14.55万元"),
        Statement(StatementSubject.Car, "11.40", "公务用车购置及运维费11.40万元"),
        Statement(StatementSubject.CarOperation, "11.4", "公务用车运维费11.4万元"),
        Statement(StatementSubject.Reception, "3.15", "公务接待费3.15万元"),
        Statement(StatementSubject.IncomeTotal, "4148.23", "2024年预算收入4148.23万元") with { Flow = StatementFlow.Income },
        Statement(StatementSubject.CarryOver, "376.64", "上年结转结余376.64万元"),
    ];

    [Fact]
    public void Does_not_fire_on_seed_004_text_against_its_tables()
    {
        var doc = Seed004With(new DisclosureText { Statements = Seed004Figures, Sections = AllSections() });
        Assert.Empty(Build.Review(doc).Of(RuleIds.ExplanationFiguresVsTables));
    }

    [Fact]
    public void Fires_with_expected_and_actual_and_the_lines_of_the_sentence()
    {
        var wrong = Statement(StatementSubject.Basic, "3006.90", "其中基本支出3006.90万元", line: 498) with { LastLine = 499 };
        var doc = Seed004With(new DisclosureText { Statements = [wrong], Sections = AllSections() });
        var f = Assert.Single(Build.Review(doc).Of(RuleIds.ExplanationFiguresVsTables));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("3060.90万元", f.Expected);
        Assert.Equal("3006.90万元", f.Actual);
        Assert.Equal(498, f.Where.SourceLine);
        Assert.Equal(499, f.Where.EndLine);
        Assert.Contains("3006.90", f.Where.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_in_yuan_is_compared_at_the_texts_precision()
    {
        // Shanghai: 收入总计 31,214,205.80元, text 3,121.42万元 (3121.4206 rounded); 3,121.43 is one unit off and wrong.
        var summary = Build.Table("2025年部门财务收支预算总表", ["本年收入-项目", "本年收入-预算数", "本年支出-项目", "本年支出-预算数"], """
            一、财政拨款收入	31,214,205.80	一、一般公共服务支出	22,186,440.80
            收入总计	31,214,205.80	支出总计	31,214,205.80
            """) with { Unit = MoneyUnit.Yuan };
        var ok = With(new DisclosureText { Statements = [Statement(StatementSubject.IncomeTotal, "3,121.42", "收入预算3,121.42万元")] }, summary);
        Assert.Empty(Build.Review(ok).Of(RuleIds.ExplanationFiguresVsTables));
        var off = With(new DisclosureText { Statements = [Statement(StatementSubject.IncomeTotal, "3,121.44", "收入预算3,121.44万元")] }, summary);
        Assert.Equal("3121.42万元", Assert.Single(Build.Review(off).Of(RuleIds.ExplanationFiguresVsTables)).Expected);
    }

    // Shaped like the corpus: an all-funds 支出总表 and a 一般公共预算支出表 whose 基本支出 differ.
    private static readonly BudgetTable AllFunds = Build.Table("支出总表", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], """
        合计	合计	9628.22	5000.00	4628.22
        """);

    private static readonly BudgetTable GeneralBudget = Build.Table("一般公共预算支出表", ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], """
        合计	合计	9000.00	4800.00	4200.00
        """);

    [Fact]
    public void General_budget_basic_spending_is_compared_with_the_general_budget_table_not_the_all_funds_one()
    {
        var general = Statement(StatementSubject.Basic, "4800.00", "一般公共预算基本支出4800.00万元") with { Scope = FundScope.GeneralBudget };
        Assert.Empty(Build.Review(With(new DisclosureText { Statements = [general] }, AllFunds, GeneralBudget)).Of(RuleIds.ExplanationFiguresVsTables));
        var wrong = general with { Amount = WrittenDecimal.TryParse("4900.00")!.Value, Quote = "一般公共预算基本支出4900.00万元" };
        var f = Assert.Single(Build.Review(With(new DisclosureText { Statements = [wrong] }, AllFunds, GeneralBudget)).Of(RuleIds.ExplanationFiguresVsTables));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("4800.00万元", f.Expected);
        Assert.Contains("一般公共预算支出表", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fiscal_basic_spending_is_not_compared_with_a_table_of_other_funds()
    {
        var fiscal = Statement(StatementSubject.Basic, "4700.00", "财政拨款基本支出预算4700.00万元") with { Scope = FundScope.FiscalAppropriation };
        Assert.Empty(Build.Review(With(new DisclosureText { Statements = [fiscal] }, AllFunds, GeneralBudget)).Of(RuleIds.ExplanationFiguresVsTables));
    }

    [Fact]
    public void A_subject_stated_with_several_figures_is_at_most_a_warning_that_says_why()
    {
        // 人员经费 of each 下属单位 in turn: which one is the department's is not certain.
        var basic = Build.Table("一般公共预算基本支出表", ["科目编码", "科目名称", "合计", "人员经费", "公用经费"], """
            合计	合计	800.00	700.00	100.00
            """);
        var units = new DisclosureText { Statements = [Statement(StatementSubject.Personnel, "675.90", "具体为：人员经费675.90万元"), Statement(StatementSubject.Personnel, "700.00", "人员经费700.00万元")] };
        var f = Assert.Single(Build.Review(With(units, basic)).Of(RuleIds.ExplanationFiguresVsTables));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("未能确定", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_total_in_the_table_is_a_warning_not_an_error()
    {
        var summary = Build.Table("收支总表", ["收入-项目", "收入-预算数", "支出-项目", "支出-预算数"], """
            一、财政拨款收入	19577	一、一般公共服务支出	19577
            收入总计		支出总计	19577
            """);
        var f = Assert.Single(Build.Review(With(new DisclosureText { Statements = [Statement(StatementSubject.IncomeTotal, "19,577", "收入预算19,577万元")] }, summary)).Of(RuleIds.ExplanationFiguresVsTables));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("空白", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_three_costs_table_that_also_holds_meetings_and_training_is_not_read_by_its_total()
    {
        var table = Build.Table("财政拨款安排的行政经费及“三公”经费预算表", ["项目", "合计", "一般公共预算"], """
            行政经费	10,884.55	10,884.55
            “三公”经费	19.84	19.84
            其中：（一）因公出国（境）支出	13.20	13.20
            """);
        var ok = new DisclosureText { Statements = [Statement(StatementSubject.ThreeCosts, "19.84", "本部门财政拨款安排“三公”经费19.84万元")] };
        Assert.Empty(Build.Review(With(ok, table)).Of(RuleIds.ExplanationFiguresVsTables));
        var off = new DisclosureText { Statements = [Statement(StatementSubject.ThreeCosts, "18.84", "本部门财政拨款安排“三公”经费18.84万元")] };
        Assert.Equal("19.84万元", Assert.Single(Build.Review(With(off, table)).Of(RuleIds.ExplanationFiguresVsTables)).Expected);
    }

    [Fact]
    public void One_unit_of_the_tables_last_digit_is_a_warning_about_rounding()
    {
        var general = Build.Table("一般公共预算支出明细表", ["科目编码", "科目名称", "合计", "人员经费支出"], """
            合计	合计	74868.33	17739.85
            """);
        var s = Statement(StatementSubject.GeneralBudget, "74868.34", "其中一般公共预算拨款支出74868.34万元") with { Flow = StatementFlow.Expenditure };
        var f = Assert.Single(Build.Review(With(new DisclosureText { Statements = [s] }, general)).Of(RuleIds.ExplanationFiguresVsTables));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("尾差", f.Message, StringComparison.Ordinal);
        var far = s with { Amount = WrittenDecimal.TryParse("74868.36")!.Value };
        Assert.Equal(Severity.Error, Assert.Single(Build.Review(With(new DisclosureText { Statements = [far] }, general)).Of(RuleIds.ExplanationFiguresVsTables)).Severity);
    }

    [Fact]
    public void A_final_accounts_table_with_budget_and_actual_columns_is_a_warning()
    {
        // Shaped like a 决算 disclosure: 预算数 0.00 beside 决算数 0.16; the text states the 决算数.
        var table = Build.Table("一般公共预算财政拨款“三公”经费支出决算表", ["预算数-合计", "预算数-公务接待费", "决算数-合计", "决算数-公务接待费"], """
            0.00	0.00	0.16	0.16
            """);
        var s = Statement(StatementSubject.ThreeCosts, "0.16", "“三公”经费财政拨款支出决算为0.16万元");
        var f = Assert.Single(Build.Review(With(new DisclosureText { Statements = [s] }, table)).Of(RuleIds.ExplanationFiguresVsTables));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("决算数", f.Message, StringComparison.Ordinal);
    }
}
