using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review;

public sealed class AcceptanceTests
{
    private static TargetDocument Doc(string value) => Build.Document(Build.Project("行政复议行政诉讼", "30000.00", MoneyUnit.Yuan, Build.Indicators(
        $"产出指标\t数量指标\t新增执法人员数\t新增执法人员数\t≥50 人\t年度计划\n\t成本指标\t成本预算控制数\t支出金额控制在预算额度内\t{value}\t年度预算"), ["推动依法行政"]));

    [Fact]
    public void An_accepted_finding_stays_accepted_while_its_content_is_unchanged_and_is_still_returned()
    {
        var raised = Assert.Single(Build.Review(Doc("≥30000 元")).Of(RuleIds.DirectionContradictsMeaning));
        var acceptance = new Acceptance(raised.RuleId, raised.Fingerprint, "本项目为保底支出，经财政局同意", "张三", new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(8)));

        // Re-imported: a new document object, same content, other projects around it.
        var again = ReviewRules.Default.Review(Build.Document(Seed004.Project(1), Doc("≥30000 元").Projects[0]), accepted: [acceptance]);
        var f = Assert.Single(again.Of(RuleIds.DirectionContradictsMeaning));
        Assert.True(f.IsAccepted);
        Assert.Equal("本项目为保底支出，经财政局同意", f.Accepted!.Reason);
        Assert.Equal(raised.Fingerprint, f.Fingerprint);
    }

    [Fact]
    public void Changing_the_value_raises_the_finding_again()
    {
        var raised = Assert.Single(Build.Review(Doc("≥30000 元")).Of(RuleIds.DirectionContradictsMeaning));
        var acceptance = new Acceptance(raised.RuleId, raised.Fingerprint, "同意", "张三", DateTimeOffset.UnixEpoch);
        var f = Assert.Single(ReviewRules.Default.Review(Doc("≥35000 元"), accepted: [acceptance]).Of(RuleIds.DirectionContradictsMeaning));
        Assert.False(f.IsAccepted);
        Assert.NotEqual(raised.Fingerprint, f.Fingerprint);
    }

    [Fact]
    public void Fingerprints_are_16_hex_characters_and_stable()
    {
        var a = FindingFingerprint.Of("R-VAL-005", "x");
        Assert.Equal(a, FindingFingerprint.Of("R-VAL-005", "x"));
        Assert.NotEqual(a, FindingFingerprint.Of("R-VAL-006", "x"));
        Assert.Matches("^[0-9a-f]{16}$", a);
    }
}
