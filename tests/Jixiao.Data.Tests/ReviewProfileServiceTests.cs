using Jixiao.Data.ReviewProfiles;
using Jixiao.Data.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Tests;

public sealed class SqliteReviewProfileServiceTests : ReviewProfileServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresReviewProfileServiceTests : ReviewProfileServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

/// <summary>
/// The jurisdiction's review profile (issue 16 must-hold 4): stored, edited by its administrator with a reason for every
/// override, audited, and applied by the next review of the jurisdiction's documents.
/// </summary>
public abstract class ReviewProfileServiceTests : StoreTestBase
{
    private ReviewProfileService Service() => new(Db.NewStore());

    /// <summary>The warning-level rule with the most stored findings in the demo jurisdiction.</summary>
    private async Task<string> BusiestWarningRuleAsync()
    {
        await using var c = Db.NewContext();
        var rules = await c.Findings.Where(f => f.Severity == "warning").Select(f => f.RuleId).ToListAsync();
        Assert.NotEmpty(rules);
        return rules.GroupBy(r => r).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
    }

    [Fact]
    public async Task The_administrator_re_grades_a_rule_with_a_reason_and_the_re_review_applies_it_and_the_audit_log_says_who()
    {
        var admin = await SignIn(Admin);
        var rule = await BusiestWarningRuleAsync();
        var saved = await Service().SaveAsync(admin, new ReviewProfileInput("hebei", [new RuleOverrideInput(rule, true, "error", "本市要求按错误处理")]));
        Assert.True(saved.DocumentsReviewed > 0);
        Assert.Equal("hebei", saved.Profile.BaseProfile);
        Assert.Equal("河北省", saved.Profile.BaseProfileName);
        var o = Assert.Single(saved.Profile.Overrides);
        Assert.Equal((rule, "error", "错误", "本市要求按错误处理"), (o.RuleId, o.Severity, o.SeverityName, o.Reason));
        Assert.Equal(Admin, saved.Profile.UpdatedBy);

        await using (var c = Db.NewContext())
        {
            var severities = await c.Findings.Where(f => f.RuleId == rule).Select(f => f.Severity).Distinct().ToListAsync();
            Assert.Contains("error", severities);
            Assert.DoesNotContain("warning", severities);
            var audit = await c.AuditLog.Where(a => a.Action == "修改审核配置").ToListAsync();
            Assert.Contains(audit, a => a.Field == rule && a.NewValue == "级别：错误；理由：本市要求按错误处理" && a.UserName == Admin);
            Assert.Contains(audit, a => a.Field == "地区口径" && a.NewValue == "河北省");
        }

        // Read back as stored; switching the rule off removes its findings at the next re-review.
        Assert.Equal(rule, Assert.Single((await Service().GetAsync(admin)).Overrides).RuleId);
        await Service().SaveAsync(admin, new ReviewProfileInput(null, [new RuleOverrideInput(rule, false, null, "本市模板不适用")]));
        Assert.Equal(0, await CountAsync(c => c.Findings.Where(f => f.RuleId == rule)));
    }

    [Fact]
    public async Task Only_the_administrator_edits_and_every_override_needs_a_reason_and_a_known_rule_and_base()
    {
        var finance = await SignIn(Finance);
        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => Service().SaveAsync(finance, new ReviewProfileInput(null, [])));
        Assert.Contains("系统管理员", denied.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Service().GetAsync(finance));

        var admin = await SignIn(Admin);
        var noReason = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Service().SaveAsync(admin, new ReviewProfileInput(null, [new RuleOverrideInput("R-VAL-004", true, "error", " ")])));
        Assert.Contains("R-VAL-004", noReason.Message, StringComparison.Ordinal);
        Assert.Contains("理由", noReason.Message, StringComparison.Ordinal);
        var unknownRule = await Assert.ThrowsAsync<InvalidInputException>(() =>
            Service().SaveAsync(admin, new ReviewProfileInput(null, [new RuleOverrideInput("R-XXX-001", true, "error", "理由")])));
        Assert.Contains("未知的规则编号", unknownRule.Message, StringComparison.Ordinal);
        var unknownBase = await Assert.ThrowsAsync<InvalidInputException>(() => Service().SaveAsync(admin, new ReviewProfileInput("atlantis", [])));
        Assert.Contains("未知的地区口径", unknownBase.Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(c => c.ReviewRuleOverrides));
    }
}
