using System.Net;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Drafting;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// 编制 over REST: adding, moving and deleting projects and indicators with If-Match (428 without, 409 stale),
/// refusals as problem+json in Chinese (422), other units 404 and other roles 403, all listed in OpenAPI.
/// </summary>
public abstract class DraftingApiTests(WebFixture fixture)
{
    [Fact]
    public async Task Projects_and_indicators_are_added_moved_and_deleted_with_row_versions()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var detail = await filer.GetAsync<DocumentResponse>($"/api/documents/{document.Id}");
        var projectsUrl = $"/api/documents/{document.Id}/projects";

        await ApiClient.ExpectAsync(HttpStatusCode.PreconditionRequired, await filer.SendAsync(HttpMethod.Post, projectsUrl, new { name = "无版本号" }, null));
        var created = await filer.SendAsync(HttpMethod.Post, projectsUrl, new { name = "新增项目<script>alert(1)</script>", total = "50" }, detail.RowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.Created, created, "添加项目");
        var added = await ApiClient.ReadAsync<DraftEditResult>(created);
        Assert.Equal("新增项目<script>alert(1)</script>", added.Project!.Name);
        Assert.Equal(detail.Projects.Count + 1, added.Projects.Count);
        var stale = await filer.SendAsync(HttpMethod.Post, projectsUrl, new { name = "再来一个" }, detail.RowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, stale);
        Assert.Contains("该文档已被", (await ApiClient.ProblemAsync(stale)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var projectId = added.Project.Id;
        var frame = await filer.GetAsync<JsonElement>($"/api/documents/{document.Id}/indicator-frame");
        Assert.Equal("产出指标", frame.GetProperty("levels")[0].GetProperty("level1").GetString());
        var indicatorsUrl = $"/api/projects/{projectId}/indicators";
        var badWeight = await filer.SendAsync(HttpMethod.Post, indicatorsUrl,
            new { level1 = "产出指标", level2 = "数量指标", name = "台数", weight = "十分" }, added.ProjectRowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, badWeight);
        Assert.Contains("权重“十分”不是数字", (await ApiClient.ProblemAsync(badWeight)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var first = await ApiClient.ReadAsync<DraftEditResult>(await filer.SendAsync(HttpMethod.Post, indicatorsUrl,
            new { level1 = "产出指标", level2 = "数量指标", name = "台数", nature = "≥", value = "20台" }, added.ProjectRowVersion));
        var second = await ApiClient.ReadAsync<DraftEditResult>(await filer.SendAsync(HttpMethod.Post, indicatorsUrl,
            new { level1 = "产出指标", level2 = "数量指标", name = "人数", value = "30人" }, first.ProjectRowVersion));
        Assert.Equal(2, second.Indicator!.Position);

        var up = await filer.SendAsync(HttpMethod.Post, $"/api/indicators/{second.Indicator.Id}/move", new { by = -1 }, second.Indicator.RowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, up, "上移指标");
        var moved = await ApiClient.ReadAsync<DraftEditResult>(up);
        Assert.Equal(1, moved.Indicator!.Position);
        Assert.Equal($"\"{moved.Indicator.RowVersion}\"", up.Headers.ETag?.Tag);
        await ApiClient.ExpectAsync(HttpStatusCode.PreconditionRequired, await filer.SendAsync(HttpMethod.Delete, $"/api/indicators/{first.Indicator!.Id}", null, null));
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await filer.SendAsync(HttpMethod.Delete, $"/api/indicators/{first.Indicator.Id}", null, first.Indicator.RowVersion));
        var project = await filer.GetAsync<ProjectResponse>($"/api/projects/{projectId}");
        Assert.Equal(["人数"], project.Indicators.Select(i => i.Name));

        var toTop = await ApiClient.ReadAsync<DraftEditResult>(await filer.SendAsync(HttpMethod.Post, $"/api/projects/{projectId}/move",
            new { position = 1 }, project.RowVersion));
        Assert.Equal(projectId, toTop.Projects[0].Id);
        var deleted = await filer.SendAsync(HttpMethod.Delete, $"/api/projects/{projectId}", null, toTop.ProjectRowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, deleted, "删除项目");
        Assert.Equal(detail.Projects.Select(p => p.Id), (await ApiClient.ReadAsync<DraftEditResult>(deleted)).Projects.Select(p => p.Id));
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await filer.GetAsync($"/api/projects/{projectId}"));

        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var audit = await finance.GetAsync<JsonElement>($"/api/documents/{document.Id}/audit");
        var actions = audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "添加项目", "添加指标", "移动指标", "删除指标", "移动项目", "删除项目" }, actions);
    }

    [Fact]
    public async Task Other_units_get_404_other_roles_403_and_a_submitted_document_409()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var detail = await filer.GetAsync<DocumentResponse>($"/api/documents/{document.Id}");
        var project = await filer.GetAsync<ProjectResponse>($"/api/projects/{detail.Projects[0].Id}");
        var otherFiler = fixture.Users.First(u => u.Role == Role.UnitFiler && u.UserName != fixture.User(Role.UnitFiler).UserName);
        using var other = await fixture.SignInAsync(otherFiler);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);

        var calls = new (HttpMethod Method, string Url, object? Body, long Version)[]
        {
            (HttpMethod.Post, $"/api/documents/{document.Id}/projects", new { name = "x" }, detail.RowVersion),
            (HttpMethod.Delete, $"/api/projects/{project.Summary.Id}", null, project.RowVersion),
            (HttpMethod.Post, $"/api/projects/{project.Summary.Id}/move", new { position = 2 }, project.RowVersion),
            (HttpMethod.Post, $"/api/projects/{project.Summary.Id}/indicators", new { level1 = "产出指标", level2 = "数量指标", name = "x" }, project.RowVersion),
            (HttpMethod.Delete, $"/api/indicators/{project.Indicators[0].Id}", null, project.Indicators[0].RowVersion),
            (HttpMethod.Post, $"/api/indicators/{project.Indicators[0].Id}/move", new { by = 1 }, project.Indicators[0].RowVersion),
        };
        foreach (var (method, url, body, version) in calls)
        {
            await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await other.SendAsync(method, url, body, version), $"他单位 {method} {url}");
            await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await finance.SendAsync(method, url, body, version), $"财政 {method} {url}");
            // Separation of duties: the department reviewer files only the department's own document.
            await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await reviewer.SendAsync(method, url, body, version), $"部门审核人 {method} {url}");
        }
        await Scenario.StepOkAsync(filer, document.Id, "submit");
        foreach (var (method, url, body, version) in calls)
        {
            var refused = await filer.SendAsync(method, url, body, version);
            await ApiClient.ExpectAsync(HttpStatusCode.Conflict, refused, $"送审后 {method} {url}");
            Assert.Contains("只有草稿或被退回的文档可以修改", (await ApiClient.ProblemAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OpenApi_lists_every_drafting_operation()
    {
        using var client = fixture.Anonymous();
        using var document = JsonDocument.Parse(await (await client.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        foreach (var (path, method) in new[]
                 {
                     ("/api/documents/{documentId}/projects", "post"), ("/api/projects/{projectId}", "put"), ("/api/projects/{projectId}", "delete"),
                     ("/api/projects/{projectId}/move", "post"), ("/api/projects/{projectId}/indicators", "post"), ("/api/indicators/{indicatorId}", "put"),
                     ("/api/indicators/{indicatorId}", "delete"), ("/api/indicators/{indicatorId}/move", "post"),
                     ("/api/documents/{documentId}/indicator-frame", "get"),
                 })
            Assert.True(paths.TryGetProperty(path, out var p) && p.TryGetProperty(method, out _), $"OpenAPI 缺少 {method} {path}");
    }
}

public sealed class DraftingApiOnSqlite(SqliteWebFixture fixture) : DraftingApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class DraftingApiOnPostgres(PostgresWebFixture fixture) : DraftingApiTests(fixture), IClassFixture<PostgresWebFixture>;
