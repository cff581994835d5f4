using Jixiao.Core.Model;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;
using static Jixiao.Core.Tests.Review.Disclosure.DisclosureBuild;

namespace Jixiao.Core.Tests.Review.Disclosure;

/// <summary>R-BUD-007 on sentences and tables of the real corpus (issue 16): the total the sentence names, in the table that carries it.</summary>
public sealed class R_BUD_007_CorpusTests
{
    [Fact]
    public void Fiscal_income_with_its_carry_over_is_the_fiscal_summary_grand_total()
    {
        // xian_838aeef p9: “本部门当年财政拨款收入337,741.21万元，其中：一般公共预算拨款收入324,638.50万元、上年结转13,102.70万元”;
        // 收支总表 1、财政拨款 3,246,385,029.74 (this year's), 财政拨款收支总表 收入总计 3,377,412,071.47 (元).
        var summary = Build.Table("部门综合预算收支总表", ["收入-项目", "收入-预算数", "支出-项目", "支出-预算数"], """
            1、财政拨款	3,246,385,029.74	4、公共安全支出	2,910,955,777.35
            本年收入合计	3,280,825,029.74	本年支出合计	3,444,476,979.18
            收入总计	3,444,476,979.18	支出总计	3,444,476,979.18
            """) with { Unit = MoneyUnit.Yuan };
        var fiscal = Build.Table("部门综合预算财政拨款收支总表", ["收入-项目", "收入-预算数", "支出-项目", "支出-预算数"], """
            本年收入合计	3,246,385,029.74	本年支出合计	3,377,412,071.47
            上年结转	131,027,041.73
            收入总计	3,377,412,071.47	支出总计	3,377,412,071.47
            """) with { Unit = MoneyUnit.Yuan };
        var stated = Statement(StatementSubject.FiscalAppropriation, "337,741.21", "本部门当年财政拨款收入337,741.21万元") with { Flow = StatementFlow.Income };
        Assert.Empty(Build.Review(With(new DisclosureText { Statements = [stated] }, summary, fiscal)).Of(RuleIds.ExplanationFiguresVsTables));
        var wrong = Statement(StatementSubject.FiscalAppropriation, "337,841.21", "本部门当年财政拨款收入337,841.21万元") with { Flow = StatementFlow.Income };
        Assert.Single(Build.Review(With(new DisclosureText { Statements = [wrong] }, summary, fiscal)).Of(RuleIds.ExplanationFiguresVsTables));
    }

    [Fact]
    public void A_three_costs_table_with_budget_and_outturn_rows_is_only_a_warning()
    {
        // xian_243800f p21 and its 三公 决算表: a 预算数 row (公务接待费 1.86) above a 决算数 row (0.11).
        var threeCosts = Build.Table("财政拨款“三公”经费及会议费、培训费支出决算表", ["项目", "小计", "因公出国（境）费用", "公务用车购置及运行维护费-小计", "公务接待费", "会议费", "培训费"], """
            预算数	593.46		591.60	1.86	86.81	2,795.78
            决算数	587.55		587.44	0.11	86.81	2,795.78
            """);
        var stated = Statement(StatementSubject.Reception, "0.11", "国内公务接待支出0.11万元。");
        var findings = Build.Review(With(new DisclosureText { Statements = [stated] }, threeCosts)).Of(RuleIds.ExplanationFiguresVsTables);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }
}
