using System.Net;
using System.Text.Json;
using Jixiao.Core.Review;
using Jixiao.Data;
using Jixiao.Data.Drafting;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// 部门整体绩效目标 and 一键修正 over REST: read with ETag, edited with If-Match (428 without, 409 stale, 422 in
/// Chinese), others 404/403, audited, in OpenAPI; the public reads a published one without findings.
/// </summary>
public abstract class OverallTargetApiTests(WebFixture fixture)
{
    [Fact]
    public async Task The_filer_edits_the_department_wide_part_with_its_row_version()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var url = $"/api/documents/{document.Id}/overall";
        var read = await filer.GetAsync(url);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, read, "读取部门整体");
        var overall = await ApiClient.ReadAsync<OverallTargetApi.OverallResponse>(read);
        Assert.True(overall.CanEdit);
        Assert.Equal($"\"{overall.RowVersion}\"", read.Headers.ETag?.Tag);

        var body = new { goals = new[] { "保障<script>alert(1)</script>公证业务" }, measures = new[] { "完善内控" }, fundsBasic = "80", fundsProject = "20" };
        await ApiClient.ExpectAsync(HttpStatusCode.PreconditionRequired, await filer.SendAsync(HttpMethod.Put, url, body, null));
        var saved = await filer.SendAsync(HttpMethod.Put, url, body, overall.RowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, saved, "修改部门整体");
        var result = await ApiClient.ReadAsync<DraftEditResult>(saved);
        Assert.Equal($"\"{result.OverallRowVersion}\"", saved.Headers.ETag?.Tag);
        var stale = await filer.SendAsync(HttpMethod.Put, url, new { goals = new[] { "覆盖" } }, overall.RowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, stale);
        Assert.Contains("该部门整体绩效目标已被", (await ApiClient.ProblemAsync(stale)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var badFunds = await filer.SendAsync(HttpMethod.Put, url, new { fundsTotal = "五十" }, result.OverallRowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, badFunds);
        Assert.Contains("资金总额“五十”不是数字", (await ApiClient.ProblemAsync(badFunds)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var added = await filer.SendAsync(HttpMethod.Post, $"{url}/indicators",
            new { level1 = "产出指标", level2 = "数量指标", name = "办理公证件数", value = "≥5000", unit = "件", weight = "20" }, result.OverallRowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.Created, added, "添加部门整体指标");
        var afterAdd = await ApiClient.ReadAsync<DraftEditResult>(added);
        var key = afterAdd.Overall!.Indicators.Single(i => i.Name == "办理公证件数").Key!;
        var edited = await filer.SendAsync(HttpMethod.Put, $"{url}/indicators/{key}", new { weight = "25" }, afterAdd.OverallRowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, edited, "修改部门整体指标");
        var afterEdit = await ApiClient.ReadAsync<DraftEditResult>(edited);

        var now = await filer.GetAsync<OverallTargetApi.OverallResponse>(url);
        Assert.Equal(["保障<script>alert(1)</script>公证业务"], now.Goals);
        Assert.Equal(("100", "80", "20"), (now.Funds!.Total, now.Funds.Basic, now.Funds.Project));
        var indicator = now.Indicators.Single(i => i.Key == key);
        Assert.Equal(("≥5000件", "件", "25"), (indicator.Value, indicator.Unit, indicator.Weight));

        await ApiClient.ExpectAsync(HttpStatusCode.OK, await filer.SendAsync(HttpMethod.Delete, $"{url}/indicators/{key}", null, afterEdit.OverallRowVersion));
        Assert.DoesNotContain((await filer.GetAsync<OverallTargetApi.OverallResponse>(url)).Indicators, i => i.Key == key);

        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var audit = await finance.GetAsync<JsonElement>($"/api/documents/{document.Id}/audit");
        var actions = audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "修改部门整体目标", "添加部门整体指标", "修改部门整体指标", "删除部门整体指标" }, actions);
    }

    [Fact]
    public async Task Department_wide_indicators_move_up_down_and_to_another_level_with_the_parts_row_version()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var url = $"/api/documents/{document.Id}/overall";
        var version = (await filer.GetAsync<OverallTargetApi.OverallResponse>(url)).RowVersion;
        string? first = null;
        foreach (var (level2, name) in new[] { ("数量指标", "甲"), ("数量指标", "乙"), ("质量指标", "丙") })
        {
            var added = await filer.SendAsync(HttpMethod.Post, $"{url}/indicators", new { level1 = "产出指标", level2, name, value = "≥1" }, version);
            await ApiClient.ExpectAsync(HttpStatusCode.Created, added, "添加部门整体指标");
            var result = await ApiClient.ReadAsync<DraftEditResult>(added);
            version = result.OverallRowVersion;
            first ??= result.Overall!.Indicators.Single(i => i.Name == "甲").Key;
        }
        string[] Names(OverallTargetApi.OverallResponse o) =>
            o.Indicators.Where(i => i.Name is "甲" or "乙" or "丙").Select(i => i.Name).ToArray();

        await ApiClient.ExpectAsync(HttpStatusCode.PreconditionRequired, await filer.SendAsync(HttpMethod.Post, $"{url}/indicators/{first}/move", new { by = 1 }, null));
        var down = await filer.SendAsync(HttpMethod.Post, $"{url}/indicators/{first}/move", new { by = 1 }, version);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, down, "下移部门整体指标");
        var afterDown = await ApiClient.ReadAsync<DraftEditResult>(down);
        Assert.Equal($"\"{afterDown.OverallRowVersion}\"", down.Headers.ETag?.Tag);
        Assert.Equal(["乙", "甲", "丙"], Names(await filer.GetAsync<OverallTargetApi.OverallResponse>(url)));

        var stale = await filer.SendAsync(HttpMethod.Post, $"{url}/indicators/{first}/move", new { by = -1 }, version);
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, stale);
        var edge = await filer.SendAsync(HttpMethod.Post, $"{url}/indicators/{first}/move", new { by = 1 }, afterDown.OverallRowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, edge);
        Assert.Contains("不能下移", (await ApiClient.ProblemAsync(edge)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var moved = await filer.SendAsync(HttpMethod.Post, $"{url}/indicators/{first}/move", new { level1 = "产出指标", level2 = "质量指标" }, afterDown.OverallRowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, moved, "移到另一二级");
        Assert.Equal(["乙", "丙", "甲"], Names(await filer.GetAsync<OverallTargetApi.OverallResponse>(url)));

        using var other = await fixture.SignInAsync(Role.FinanceReviewer);
        var refused = await other.SendAsync(HttpMethod.Post, $"{url}/indicators/{first}/move", new { by = -1 }, (await ApiClient.ReadAsync<DraftEditResult>(moved)).OverallRowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, refused);
        var audit = await other.GetAsync<JsonElement>($"/api/documents/{document.Id}/audit");
        Assert.Equal(2, audit.EnumerateArray().Count(a => a.GetProperty("action").GetString() == "移动部门整体指标"));
    }

    [Fact]
    public async Task Others_get_404_or_403_and_a_submitted_document_409()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var url = $"/api/documents/{document.Id}/overall";
        var version = (await filer.GetAsync<OverallTargetApi.OverallResponse>(url)).RowVersion;
        var otherFiler = fixture.Users.First(u => u.Role == Role.UnitFiler && u.UserName != fixture.User(Role.UnitFiler).UserName);
        using var other = await fixture.SignInAsync(otherFiler);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        using var anonymous = fixture.Anonymous();
        var body = new { goals = new[] { "x" } };
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await other.SendAsync(HttpMethod.Put, url, body, version), "他单位");
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await finance.SendAsync(HttpMethod.Put, url, body, version), "财政");
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await anonymous.SendAsync(HttpMethod.Put, url, body, version), "未登录");
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await anonymous.GetAsync($"/api/public/documents/{document.Id}/overall"), "草稿不公开");

        await Scenario.StepOkAsync(filer, document.Id, "submit");
        var refused = await filer.SendAsync(HttpMethod.Put, url, body, version);
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, refused, "送审后");
        Assert.Contains("只有草稿或被退回的文档可以修改", (await ApiClient.ProblemAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_click_fix_is_applied_through_the_api_and_its_finding_goes()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var findings = await filer.GetAsync<List<FindingView>>($"/api/documents/{document.Id}/findings?ruleId={RuleIds.DirectionContradictsMeaning}");
        var finding = Assert.Single(findings, f => f.Fix is not null);
        var project = await filer.GetAsync<ProjectResponse>($"/api/projects/{finding.ProjectId}");
        var row = project.Indicators.Single(i => i.Id == finding.IndicatorId);

        await ApiClient.ExpectAsync(HttpStatusCode.PreconditionRequired, await filer.SendAsync(HttpMethod.Post, $"/api/findings/{finding.Id}/fix", null, null));
        var stale = await filer.SendAsync(HttpMethod.Post, $"/api/findings/{finding.Id}/fix", null, row.RowVersion + 5);
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, stale, "过期的版本号");
        var response = await filer.SendAsync(HttpMethod.Post, $"/api/findings/{finding.Id}/fix", null, row.RowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, response, "一键修正");
        var result = await ApiClient.ReadAsync<DraftEditResult>(response);
        Assert.Equal(finding.Fix!.To, result.Indicator!.Value);
        Assert.Empty(await filer.GetAsync<List<FindingView>>($"/api/documents/{document.Id}/findings?ruleId={RuleIds.DirectionContradictsMeaning}"));

        var noFix = (await filer.GetAsync<List<FindingView>>($"/api/documents/{document.Id}/findings")).First(f => f.Fix is null && f.IndicatorId is not null);
        var noFixRow = (await filer.GetAsync<ProjectResponse>($"/api/projects/{noFix.ProjectId}")).Indicators.Single(i => i.Id == noFix.IndicatorId);
        var refused = await filer.SendAsync(HttpMethod.Post, $"/api/findings/{noFix.Id}/fix", null, noFixRow.RowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, refused, "没有修正的审核意见");
        Assert.Contains("没有可以一键应用的修正", (await ApiClient.ProblemAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_lists_the_department_wide_and_fix_operations()
    {
        using var client = fixture.Anonymous();
        using var document = JsonDocument.Parse(await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        foreach (var (path, method) in new[]
                 {
                     ("/api/documents/{documentId}/overall", "get"), ("/api/documents/{documentId}/overall", "put"),
                     ("/api/documents/{documentId}/overall/indicators", "post"), ("/api/documents/{documentId}/overall/indicators/{key}", "put"),
                     ("/api/documents/{documentId}/overall/indicators/{key}", "delete"), ("/api/findings/{findingId}/fix", "post"),
                     ("/api/documents/{documentId}/overall/indicators/{key}/move", "post"),
                     ("/api/public/documents/{documentId}/overall", "get"),
                 })
            Assert.True(paths.TryGetProperty(path, out var p) && p.TryGetProperty(method, out _), $"OpenAPI 缺少 {method} {path}");
    }
}

public sealed class OverallTargetApiOnSqlite(SqliteWebFixture fixture) : OverallTargetApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class OverallTargetApiOnPostgres(PostgresWebFixture fixture) : OverallTargetApiTests(fixture), IClassFixture<PostgresWebFixture>;
