using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review.Rules;

public sealed class R_CON_004_Tests
{
    [Fact]
    public void Fires_when_weights_do_not_sum_to_100()
    {
        // Seed 001 人民调解 with the satisfaction weight changed from 25 to 20.
        var p = Seed001.PeopleMediation;
        var changed = p with { Indicators = p.Indicators.Select(i => i.Name == "人民调解培训人员满意度" ? i with { Weight = WrittenDecimal.TryParse("20") } : i).ToArray() };
        var f = Assert.Single(Build.Review(Build.Document(changed)).Of(RuleIds.WeightsNotHundred));
        Assert.Equal(("100", "95"), (f.Expected, f.Actual));
    }

    [Fact]
    public void Does_not_fire_on_seed_001_weights()
    {
        foreach (var p in new[] { Seed001.PeopleMediation, Seed001.CommunityCorrection, Seed001.LegalAid, Seed001.Notary })
            Assert.Empty(Build.Review(Build.Document(p)).Of(RuleIds.WeightsNotHundred));
    }

    [Fact]
    public void Without_a_stated_total_the_assumed_100_is_a_warning_that_names_it()
    {
        var p = Seed001.PeopleMediation;
        var changed = p with { Indicators = p.Indicators.Select(i => i.Name == "人民调解培训人员满意度" ? i with { Weight = WrittenDecimal.TryParse("20") } : i).ToArray() };
        var f = Assert.Single(Build.Review(Build.Document(changed)).Of(RuleIds.WeightsNotHundred));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("应为100（表中未列明权重合计", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_total_of_90_is_expected_and_a_wrong_sum_is_an_error_that_names_90()
    {
        // 陕西 template: 分值权重（90分） beside 执行率分值（10分）; seed 001's weights scaled so that they sum to 90.
        var p = Seed001.PeopleMediation with { StatedWeightTotal = 90m, ExecutionRatePoints = 10m };
        var total = p.Indicators.Sum(i => i.Weight?.Value ?? 0m);
        var ninety = p with { Indicators = p.Indicators.Select(i => i.Name == "人民调解培训人员满意度" ? i with { Weight = WrittenDecimal.TryParse(RoundingTolerance(i.Weight!.Value.Value - (total - 90m))) } : i).ToArray() };
        Assert.Empty(Build.Review(Build.Document(ninety)).Of(RuleIds.WeightsNotHundred));
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.WeightsNotHundred));
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(("90", "100"), (f.Expected, f.Actual));
        Assert.Contains("应为90", f.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("应为100", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execution_rate_points_alone_make_the_expected_total_90_as_a_warning()
    {
        var p = Seed001.PeopleMediation with { ExecutionRatePoints = 10m };
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.WeightsNotHundred));
        Assert.Equal((Severity.Warning, "90"), (f.Severity, f.Expected));
        Assert.Contains("执行率单列10分", f.Message, StringComparison.Ordinal);
    }

    private static string RoundingTolerance(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Twice_the_stated_total_is_two_tables_read_as_one_and_only_a_warning()
    {
        // The 部门整体 table (90 points) read into the last project (90 points): 180.
        var p = Seed001.PeopleMediation with { StatedWeightTotal = 50m };
        var f = Assert.Single(Build.Review(Build.Document(p)).Of(RuleIds.WeightsNotHundred));
        Assert.Equal(Severity.Warning, f.Severity);
        Assert.Contains("2倍", f.Message, StringComparison.Ordinal);
    }
}
