using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Review.Fixes;
using Jixiao.Core.Tests.Review.Support;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Review;

/// <summary>一键修正: the typed, exact replacement a finding carries, and where there is none.</summary>
public sealed class FindingFixTests
{
    [Fact]
    public void A_cost_written_as_a_floor_carries_the_exact_replacement_of_its_value()
    {
        // Seed 002 行政复议行政诉讼: 成本预算控制数 “≥30000元”, no 指标性质 column.
        var f = Assert.Single(Build.Review(Build.Document(OtherSeedDocuments.Seed002Project(5))).Of(RuleIds.DirectionContradictsMeaning));
        var fix = Assert.IsType<FindingFix>(f.Fix);
        Assert.Equal(FindingFix.ValueField, fix.Field);
        Assert.Equal("≤", fix.To[..1]);
        Assert.Equal(fix.From.TrimStart()[1..], fix.To[1..]);
        Assert.Contains("改为", fix.Describe());
    }

    [Fact]
    public void An_operator_in_the_nature_column_is_replaced_there()
    {
        var p = Build.Project("法律援助", "20", MoneyUnit.TenThousandYuan, Build.WeightedIndicators("产出指标\t质量指标\t法律援助办案错误率\t≥\t5%\t20"), ["做到应援尽援"]);
        var fix = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.DirectionContradictsMeaning)).Fix!;
        Assert.Equal((FindingFix.NatureField, "≥", "≤"), (fix.Field, fix.From, fix.To));
    }

    [Fact]
    public void Applying_the_fix_makes_the_finding_go()
    {
        var p = Build.Project("补助办公经费", "600000.00", MoneyUnit.Yuan, Build.Indicators(
            "满意度指标\t服务对象满意度指标\t单位人员满意度\t单位办公人员对保障工作的满意程度\t≤90%\t工作状态"), ["保障办公正常运转"]);
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.DirectionContradictsMeaning));
        Assert.Equal(("≤90%", "≥90%"), (f.Fix!.From, f.Fix.To));
        var fixedValue = p.Indicators[0] with { Value = f.Fix.To, Target = TargetValue.Parse(null, f.Fix.To) };
        Assert.Empty(Build.Review(Build.Document(p with { Indicators = [fixedValue] })).Of(RuleIds.DirectionContradictsMeaning));
    }

    [Theory]
    [InlineData(null, "不低于5万元")]   // a word: not replaced blindly
    [InlineData("≥", "≥5万元")]          // written twice: which one?
    [InlineData(null, "5万元以上")]
    public void No_fix_where_the_replacement_is_not_the_only_one(string? nature, string value)
    {
        var indicator = new Indicator { Name = "项目成本", Nature = nature, Value = value };
        Assert.Null(OperatorFix.For(indicator, ComparisonOperator.AtMost));
    }

    [Fact]
    public void Words_in_the_nature_column_leave_the_value_to_carry_the_operator()
    {
        var fix = OperatorFix.For(new Indicator { Key = "K1", Name = "项目成本", Nature = "反向指标", Value = " >=5万元" }, ComparisonOperator.AtMost);
        Assert.Equal(new FindingFix("K1", FindingFix.ValueField, " >=5万元", "≤5万元"), fix);
    }

    [Fact]
    public void Rules_whose_suggestion_needs_judgement_offer_no_fix()
    {
        var findings = Build.Review(Build.Document(OtherSeedDocuments.Seed002Project(5)));
        Assert.All(findings.Where(f => f.RuleId != RuleIds.DirectionContradictsMeaning), f => Assert.Null(f.Fix));
    }
}
