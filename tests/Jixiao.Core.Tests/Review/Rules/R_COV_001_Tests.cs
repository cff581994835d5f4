using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_COV_001_Tests
{
    [Fact]
    public void Fires_when_only_benefit_and_satisfaction_rows_are_filled()
    {
        // Seed 003, 网络系统运维租赁费, without its 产出 rows.
        var p = Build.Project("网络系统运维租赁费", "200000.00", MoneyUnit.Yuan, Build.Indicators("""
            效益指标	社会效益指标	信息化水平提升	法治政府建设信息化水平提升	有效提升
            满意度指标	服务对象满意度指标	平台用户满意度	平台用户满意度	≥90%
            """), ["运行维护行政执法监督平台功能"]);
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.NoOutputIndicator));
        Assert.Equal(Severity.Error, f.Severity);
    }

    [Fact]
    public void Fires_once_for_a_project_without_indicators_and_other_coverage_rules_stay_quiet()
    {
        var findings = Build.Review(Build.Document(Build.Project("普法宣传经费", "10.00", MoneyUnit.TenThousandYuan, [], ["年度内组织普法活动 16 场次以上"])));
        Assert.Contains("未填写任何绩效指标", Assert.Single(findings.Of(RuleIds.NoOutputIndicator)).Message);
        Assert.Empty(findings.Of(RuleIds.NoBenefitIndicator));
        Assert.Empty(findings.Of(RuleIds.OutputSubtypeMissing));
    }

    [Fact]
    public void Does_not_fire_on_seed_004_item_1() =>
        Assert.Empty(Build.Review(Build.Document(Seed004.Project(1))).Of(RuleIds.NoOutputIndicator));
}
