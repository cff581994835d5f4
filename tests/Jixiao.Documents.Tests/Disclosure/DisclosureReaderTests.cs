using Jixiao.Core.Model.Disclosure;
using Jixiao.Documents.Layouts.Disclosure;
using Jixiao.Documents.Tests.Support;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Disclosure;

public sealed class DisclosureReaderTests
{
    private static readonly Lazy<DisclosureText> Seed004 = new(() => DisclosureReader.Read(Seeds.Text(Seeds.S004), 2024)!);

    [Fact]
    public void Seed_004_is_a_department_budget_with_every_part_of_the_text()
    {
        var d = Seed004.Value;
        Assert.Equal(DisclosureScope.Department, d.Scope);
        foreach (var kind in Enum.GetValues<DisclosureSectionKind>())
            Assert.Contains(d.Sections, s => s.Kind == kind);
    }

    [Theory]
    [InlineData(StatementSubject.IncomeTotal, "4148.23")]
    [InlineData(StatementSubject.GeneralBudget, "3771.58")]
    [InlineData(StatementSubject.CarryOver, "376.64")]
    [InlineData(StatementSubject.ExpenditureTotal, "4148.23")]
    [InlineData(StatementSubject.Basic, "3060.90")]
    [InlineData(StatementSubject.Personnel, "2712.09")]
    [InlineData(StatementSubject.Public, "348.81")]
    [InlineData(StatementSubject.Project, "1087.32")]
    [InlineData(StatementSubject.OfficeRunningCosts, "348.81")]
    [InlineData(StatementSubject.ThreeCosts, "14.55")]
    [InlineData(StatementSubject.Car, "11.40")]
    [InlineData(StatementSubject.CarPurchase, "0.00")]
    [InlineData(StatementSubject.CarOperation, "11.40")]
    [InlineData(StatementSubject.Reception, "3.15")]
    public void Seed_004_states_its_figures(StatementSubject subject, string amount) =>
        Assert.Contains(Seed004.Value.Statements, s => s.Subject == subject && s.Amount.Text == amount && s.FirstLine > 0);

    [Fact]
    public void A_change_stated_without_a_figure_of_its_own_is_not_a_statement() =>
        // 其中：基本支出减少117.88万元 is a change, not 基本支出 = 117.88.
        Assert.DoesNotContain(Seed004.Value.Statements, s => s.Amount.Text == "117.88");

    [Fact]
    public void A_sentence_broken_over_lines_and_a_page_is_one_paragraph_with_its_lines()
    {
        var text = SourceText.FromString("t.txt", string.Join('\n',
            "2026 年度单位预算情况说明", "", "一、预算收支总体情况", "  按照综合预算的原则，2026 年,福州市民政局(本级)收入预算为 2249.92 万",
            "元，比上年增加 61.71 万元，增长 2.82%，主要原因是在职人员", "", "       22", "增加。"));
        var d = DisclosureReader.Read(text, 2026)!;
        var p = Assert.Single(d.Paragraphs, p => !p.IsHeading);
        Assert.Equal((4, 8), (p.FirstLine, p.LastLine));
        Assert.EndsWith("主要原因是在职人员增加。", p.Text, StringComparison.Ordinal);
        var s = Assert.Single(d.Statements);
        Assert.Equal((StatementSubject.IncomeTotal, "2249.92", "61.71", "2.82", ChangeDirection.Increase),
            (s.Subject, s.Amount.Text, s.ChangeAmount?.Text, s.ChangePercent?.Text, s.Direction));
        Assert.Equal(4, s.FirstLine);
    }

    [Fact]
    public void Items_named_by_their_levels_or_code_and_last_years_figure_are_read()
    {
        var text = SourceText.FromString("t.txt", string.Join('\n',
            "2024年单位预算编制说明",
            "1. “社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）”53.84万元，主要用于事业单位退休人员福利费和生活补贴。2023年当年预算执行数为54.60万元，2024年预算安排53.84万元，比2023年预算执行数减少1.39%。主要原因是：有退休人员去世。",
            " （一）2080201-行政运行 993.77 万元。主要用于局机关人员支出及公用经费支出。"));
        var statements = DisclosureReader.Read(text, 2024)!.Statements;
        Assert.Equal(2, statements.Count);
        var a = statements[0];
        Assert.Equal(("事业单位离退休", "社会保障和就业支出", "行政事业单位养老支出", "53.84", "54.60", "1.39", ChangeDirection.Decrease),
            (a.ItemName, a.ClassName, a.SectionName, a.Amount.Text, a.LastYear?.Text, a.ChangePercent?.Text, a.Direction));
        Assert.Equal(("2080201", "行政运行", "993.77"), (statements[1].Code, statements[1].ItemName, statements[1].Amount.Text));
    }

    [Fact]
    public void A_subject_named_only_in_the_heading_above_is_taken_from_it()
    {
        var text = SourceText.FromString("t.txt", string.Join('\n', "2026 年度单位预算情况说明", "六、一般公共预算“三公”经费支出情况", "  （二）公务接待费", "  2026 年预算安排 8.00 万元，与上年持平。"));
        var s = Assert.Single(DisclosureReader.Read(text, 2026)!.Statements);
        Assert.Equal((StatementSubject.Reception, "8.00", ChangeDirection.Flat), (s.Subject, s.Amount.Text, s.Direction));
    }

    [Fact]
    public void Project_target_tables_alone_are_not_a_disclosure() =>
        Assert.Null(DisclosureReader.Read(Seeds.Text(Seeds.S003)));

    [Theory]
    // Shaped like the corpus sentences: a 科目, an economic class, a procurement split, 培训费 are not 支出总计.
    [InlineData("1.“社会保障和就业支出”科目710万元，主要用于单位缴纳的基本养老保险。")]
    [InlineData("3.住房改革支出（款）购房补贴（项）支出 250.11 万元，与上年相比增加 4.7 万元。")]
    [InlineData("（2）机关商品和服务支出（502）991.95万元，较上年增加104.11万元。")]
    [InlineData("2026 年度政府采购支出预算总额 26.94 万元，其中：拟采购货物支出 1.8 万元、拟采购服务支出 25.14 万元。")]
    [InlineData("2026年一般公共预算拨款安排的培训费预算支出8.73万元，与上年预算数相同。")]
    [InlineData("事业单位经营支出0万元，占0%；上缴上级支出0万元，占0%。")]
    public void A_figure_for_a_part_is_not_a_statement_about_the_total(string sentence)
    {
        var text = SourceText.FromString("t.txt", string.Join('\n', "2026 年度部门预算情况说明", "二、支出预算情况", sentence));
        Assert.DoesNotContain(DisclosureReader.Read(text, 2026)!.Statements, s => s.Subject is StatementSubject.ExpenditureTotal or StatementSubject.IncomeTotal or StatementSubject.BudgetTotal);
    }

    [Fact]
    public void The_total_named_by_the_department_and_year_is_read_with_its_fund()
    {
        var text = SourceText.FromString("t.txt", string.Join('\n', "2026 年度部门预算情况说明", "一、收支预算总体情况",
            "2026年，上海市审计局收入预算19,577万元，其中：财政拨款收入19,577万元。本部门当年一般公共预算基本支出4,800.00万元。",
            "本部门当年预算收入4,203.47万元，其中：一般公共预算拨款4,005.29万元、上年实户资金余额98.18万元、其他收入100.00万元。",
            "涉及预算项目支出10个，预算资金5039.97万元，其中财政拨款4946.96万元。"));
        var statements = DisclosureReader.Read(text, 2026)!.Statements;
        Assert.Contains(statements, s => s.Subject == StatementSubject.IncomeTotal && s.Amount.Value == 19577m);
        Assert.Contains(statements, s => s.Subject == StatementSubject.IncomeTotal && s.Amount.Value == 4203.47m);
        Assert.Contains(statements, s => s.Subject == StatementSubject.GeneralBudget && s.Amount.Value == 4005.29m);
        Assert.Contains(statements, s => s.Subject == StatementSubject.Basic && s.Amount.Value == 4800m && s.Scope == FundScope.GeneralBudget);
        // Another figure's words (上年实户资金余额) and a part of a project figure are not the department's 一般公共预算 or 财政拨款.
        Assert.DoesNotContain(statements, s => s.Amount.Value is 98.18m or 4946.96m && s.Subject is StatementSubject.GeneralBudget or StatementSubject.FiscalAppropriation or StatementSubject.CarryOver);
    }
}
