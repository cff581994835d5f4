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
}
