using Jixiao.Core.Review;
using Jixiao.Core.Review.Profiles;
using Jixiao.Core.Tests.Review.Support;

namespace Jixiao.Core.Tests.Review;

public sealed class ReviewProfileTests
{
    [Fact]
    public void A_rule_switched_off_does_not_run()
    {
        var profile = ReviewProfile.FromJson("""
            { "name": "某市", "overrides": [ { "rule": "R-VAL-010", "enabled": false, "reason": "本市模板不设绩效指标描述栏" } ] }
            """);
        var findings = ReviewRules.Default.Review(Build.Document(Seed004.Project(1)), profile);
        Assert.Empty(findings.Of(RuleIds.DescriptionRepeatsName));
        Assert.NotEmpty(findings.Of(RuleIds.VagueTarget));
    }

    [Fact]
    public void A_regraded_rule_reports_at_the_new_severity_but_rounding_notes_stay_info()
    {
        var profile = ReviewProfile.FromJson("""
            { "overrides": [
                { "rule": "R-VAL-004", "severity": "error", "reason": "本省要求定性指标分档" },
                { "rule": "R-BUD-001", "severity": "警告", "reason": "试行" } ] }
            """);
        var findings = ReviewRules.Default.Review(Seed004.Document, profile);
        Assert.All(findings.Of(RuleIds.VagueTarget), f => Assert.Equal(Severity.Error, f.Severity));
        Assert.All(findings.Of(RuleIds.SummaryTotals), f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Theory]
    [InlineData("""{ "overrides": [ { "rule": "R-VAL-099", "enabled": false, "reason": "x" } ] }""", "第1项：未知的规则编号“R-VAL-099”")]
    [InlineData("""{ "overrides": [ { "rule": "R-VAL-004", "severity": "fatal", "reason": "x" } ] }""", "第1项（R-VAL-004）：未知的级别“fatal”")]
    [InlineData("""{ "overrides": [ { "rule": "R-VAL-004", "enabled": false } ] }""", "须填写调整理由")]
    [InlineData("""{ "overrides": [ { "rule": "R-VAL-004", "enabled": false, "reason": "a" }, { "rule": "R-VAL-004", "severity": "info", "reason": "b" } ] }""", "第2项：规则“R-VAL-004”重复配置")]
    [InlineData("""{ "rules": [] }""", "未知字段“rules”")]
    [InlineData("""{ "overrides": [ """, "不是有效的 JSON")]
    public void A_bad_profile_is_refused_with_a_chinese_message_naming_the_entry(string json, string expected)
    {
        var e = Assert.Throws<ReviewProfileException>(() => ReviewProfile.FromJson(json));
        Assert.Contains(expected, e.Message);
    }
}
