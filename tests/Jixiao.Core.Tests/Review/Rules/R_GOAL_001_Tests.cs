using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_GOAL_001_Tests
{
    // Seed 000, project 1: name and indicator rows as printed.
    private const string Name = "冀财政法【2021】62号河北省财政厅关于提前下达2022年中央政法纪检监察转移支付资金--政法装备";
    private const string Rows = """
        产出指标	数量指标	信息系统购置	信息系统购置	≥2套	2023年工作计划
        	质量指标	产品合格率	产品合格率	100%	采购合同约定
        """;

    [Fact]
    public void Fires_when_the_goal_is_only_the_document_number()
    {
        var p = Build.Project(Name, "13.72", MoneyUnit.TenThousandYuan, Build.Indicators(Rows), ["冀财政法【2021】62号"]);
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.GoalMissing));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("只有文件号或项目名称", f.Message);
    }

    [Fact]
    public void Fires_when_there_is_no_goal()
    {
        var p = Build.Project(Name, "13.72", MoneyUnit.TenThousandYuan, Build.Indicators(Rows));
        Assert.Contains("未填写绩效目标", Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.GoalMissing)).Message);
    }

    [Fact]
    public void Does_not_fire_on_a_real_goal()
    {
        var p = Build.Project(Name, "13.72", MoneyUnit.TenThousandYuan, Build.Indicators(Rows), ["购买系统软件，便于群众查询相关法律业务、提升公共服务水平和质量"]);
        Assert.Empty(Build.Review(Build.Document(p)).Of(RuleIds.GoalMissing));
    }
}
