using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_VAL_006_Tests
{
    [Fact]
    public void Fires_on_seed_000_item_9_ratio_valued_in_copies()
    {
        var p = Build.Project("办案业务", "35.00", MoneyUnit.TenThousandYuan, Build.Indicators(
            "产出指标\t数量指标\t实际业务数量\t计划业务数量与实际开展业务数量比例\t≥10000份\t2023年工作计划"), ["提高司法业务各部门经费保障水平弥补经费不足，保障本年度工作正常开展。"]);
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.UnitContradictsMeaning));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("份", f.Message);
    }

    [Fact]
    public void Fires_on_a_count_valued_in_percent()
    {
        var p = Build.Project("12348 法律服务热线", "22.59", MoneyUnit.TenThousandYuan, Build.Indicators(
            "产出指标\t数量指标\t解答来访咨询人次\t解答来访咨询人次\t≥95%\t经验标准"), ["解答来访群众咨询人次 400 人次以上"]);
        Assert.Contains("数量类", Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.UnitContradictsMeaning)).Message);
    }

    [Fact]
    public void Does_not_fire_when_unit_fits_name_or_description()
    {
        // Seed 000 item 2: 实际业务数量 described as a 比例 and valued ≥85%; seed 004 item 22: 总成本控制率 described as 工资总成本, ≤18万元.
        var p = Build.Project("办案业务", "35.00", MoneyUnit.TenThousandYuan, Build.Indicators(
            "产出指标\t数量指标\t实际业务数量\t计划业务数量与实际开展业务数量比例\t≥85%\t2023年工作计划"), ["保障本年度工作正常开展"]);
        Assert.Empty(Build.Review(Build.Document(p)).Of(RuleIds.UnitContradictsMeaning));
        Assert.Empty(Build.Review(Seed004.Document).Of(RuleIds.UnitContradictsMeaning));
        Assert.Empty(Build.Review(OtherSeedDocuments.Seed002).Of(RuleIds.UnitContradictsMeaning));
    }
}
