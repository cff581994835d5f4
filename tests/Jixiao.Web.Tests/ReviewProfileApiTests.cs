using System.Net;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.ReviewProfiles;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// 审核配置 over HTTP (issue 16 must-hold 4): the administrator reads and replaces the jurisdiction's profile, every
/// override needs a reason (422 in Chinese naming the entry, nothing stored), the re-review applies it to the findings
/// a filer sees, other roles get 403 and the public 401, and both operations are in the OpenAPI document.
/// </summary>
public abstract class ReviewProfileApiTests(WebFixture fixture)
{
    [Fact]
    public async Task The_administrator_re_grades_a_rule_and_the_documents_findings_follow_other_roles_are_refused()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var admin = await fixture.SignInAsync(Role.Administrator);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        using var anonymous = fixture.Anonymous();
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var findings = $"/api/documents/{document.Id}/findings?pageSize=500";
        var rule = (await filer.GetAsync<List<FindingView>>(findings)).Where(f => f.Severity == "warning")
            .GroupBy(f => f.RuleId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

        var before = await admin.GetAsync<ReviewProfileView>("/api/review-profile");
        Assert.DoesNotContain(before.Overrides, o => o.RuleId == rule);

        // No reason: refused in Chinese, naming the rule, and nothing changes.
        var refused = await admin.PutAsync("/api/review-profile", new { baseProfile = (string?)null, overrides = new[] { new { ruleId = rule, enabled = true, severity = "error", reason = "" } } });
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, refused, "调整规则没有理由");
        var detail = (await ApiClient.ProblemAsync(refused)).GetProperty("detail").GetString()!;
        Assert.Contains(rule, detail, StringComparison.Ordinal);
        Assert.Contains("理由", detail, StringComparison.Ordinal);
        Assert.DoesNotContain((await admin.GetAsync<ReviewProfileView>("/api/review-profile")).Overrides, o => o.RuleId == rule);

        var saved = await ApiClient.ReadAsync<ReviewProfileSaved>(await admin.PutAsync("/api/review-profile",
            new { baseProfile = (string?)null, overrides = new[] { new { ruleId = rule, enabled = true, severity = "error", reason = "本辖区要求按错误处理" } } }));
        Assert.True(saved.DocumentsReviewed > 0);
        var stored = Assert.Single(saved.Profile.Overrides, o => o.RuleId == rule);
        Assert.Equal(("error", "本辖区要求按错误处理"), (stored.Severity, stored.Reason));
        var after = (await filer.GetAsync<List<FindingView>>(findings)).Where(f => f.RuleId == rule).ToList();
        Assert.NotEmpty(after);
        Assert.All(after, f => Assert.Equal("error", f.Severity));

        foreach (var (client, status) in new[] { (filer, HttpStatusCode.Forbidden), (finance, HttpStatusCode.Forbidden), (anonymous, HttpStatusCode.Unauthorized) })
        {
            var read = await client.GetAsync("/api/review-profile");
            await ApiClient.ExpectAsync(status, read, "读取审核配置");
            await ApiClient.ProblemAsync(read);
            await ApiClient.ExpectAsync(status, await client.PutAsync("/api/review-profile", new { overrides = Array.Empty<object>() }), "保存审核配置");
        }
        Assert.Single((await admin.GetAsync<ReviewProfileView>("/api/review-profile")).Overrides, o => o.RuleId == rule);

        // Put back, so the other tests of this fixture see the default review.
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await admin.PutAsync("/api/review-profile", new { baseProfile = before.BaseProfile, overrides = Array.Empty<object>() }));
        Assert.All((await filer.GetAsync<List<FindingView>>(findings)).Where(f => f.RuleId == rule), f => Assert.Equal("warning", f.Severity));
    }

    [Fact]
    public async Task Both_operations_are_in_the_OpenAPI_document()
    {
        using var anonymous = fixture.Anonymous();
        using var document = JsonDocument.Parse(await (await anonymous.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync());
        var path = document.RootElement.GetProperty("paths").GetProperty("/api/review-profile");
        Assert.True(path.TryGetProperty("get", out _));
        Assert.True(path.TryGetProperty("put", out _));
    }
}

public sealed class ReviewProfileApiOnSqlite(SqliteWebFixture fixture) : ReviewProfileApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class ReviewProfileApiOnPostgres(PostgresWebFixture fixture) : ReviewProfileApiTests(fixture), IClassFixture<PostgresWebFixture>;
