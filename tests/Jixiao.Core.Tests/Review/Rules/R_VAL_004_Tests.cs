using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_VAL_004_Tests
{
    // Seed 000 project 1.
    private static Project Seed000Project1 => Build.Project("政法装备", "13.72", MoneyUnit.TenThousandYuan, Build.Indicators("""
        产出指标	数量指标	信息系统购置	信息系统购置	≤2套	2023年工作计划
        	成本指标	成本控制	成本控制	≤13.72万元	2023年预算测算，2023年工作计划
        效益指标	社会效益指标	保障工作正常运转	工作业务正常运转	进一步保障	2023年工作计划
        满意度指标	服务对象满意度指标	受益人员满意度	受益人员满意度	≥95%	问卷调查
        """), ["购买系统软件，便于群众查询相关法律业务、提升公共服务水平和质量"]);

    [Fact]
    public void Fires_on_seed_000_further_ensure()
    {
        var f = Assert.Single(Build.Review(Build.Document(Seed000Project1)).Of(RuleIds.VagueTarget));
        Assert.Contains("进一步保障", f.Message);
        Assert.NotNull(f.Suggestion);
    }

    [Fact]
    public void Fires_when_the_value_repeats_the_name()
    {
        // Seed 004 item 20: 保证各项工作顺利开展 / 保证各项工作顺利开展.
        Assert.Contains(Build.Review(Build.Document(Seed004.Project(20))).Of(RuleIds.VagueTarget), f => f.Message.Contains("重复", StringComparison.Ordinal));
    }

    [Fact]
    public void Does_not_fire_on_not_applicable_or_quantified_rows()
    {
        // Seed 004 item 19: 不涉及 rows, ≤0.1 百分比, 100 百分比.
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(19))).Of(RuleIds.VagueTarget));
    }
    // Seed 003 project 13 (法律援助工作经费): a yes/no 及时性 indicator answered 是, next to a vague 效果显著.
    private static Project Seed003Project13 => Build.Project("法律援助工作经费", "200000.00", MoneyUnit.Yuan, Build.Indicators("""
        产出指标	数量指标	法律援助案件数量	法律援助全年案件总数	≥900件
        	质量指标	法律援助基本对象覆盖率	法律援助基本对象覆盖率	100%
        	时效指标	法律援助案件补贴发放及时性	法律规定时效	是
        	成本指标	法律援助案件补贴	法律援助案件补贴	≤20万元/年
        效益指标	社会效益指标	有效保障公民合法权益	有效保障公民合法权益	效果显著
        满意度指标	服务对象满意度指标	法律援助案件办理满意度	援助对象满意度	≥90%
        """));

    [Fact]
    public void Does_not_fire_on_yes_answering_a_yes_no_indicator()
    {
        var f = Assert.Single(Build.Review(Build.Document(Seed003Project13)).Of(RuleIds.VagueTarget));
        Assert.Contains("效果显著", f.Message);
        Assert.DoesNotContain("及时性", f.Message);
    }

    [Fact]
    public void Still_fires_on_a_bare_yes_under_an_ordinary_name()
    {
        var project = Build.Project("普法", "10", MoneyUnit.TenThousandYuan, Build.Indicators("""
            效益指标	社会效益指标	提升群众法治意识	提升群众法治意识	是
            """));
        Assert.Single(Build.Review(Build.Document(project)).Of(RuleIds.VagueTarget));
    }
}
