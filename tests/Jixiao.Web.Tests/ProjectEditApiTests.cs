using System.Net;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>PUT /api/projects/{id}: the header edit with If-Match, 428 without it, 409 when stale, 422 for a refused value.</summary>
public abstract class ProjectEditApiTests(WebFixture fixture)
{
    [Fact]
    public async Task Header_edit_needs_the_row_version_and_refuses_stale_and_bad_values_in_chinese()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var detail = await filer.GetAsync<DocumentResponse>($"/api/documents/{document.Id}");
        var url = $"/api/projects/{detail.Projects[0].Id}";
        var project = await filer.GetAsync<ProjectResponse>(url);

        await ApiClient.ExpectAsync(HttpStatusCode.PreconditionRequired, await filer.PutAsync(url, new { purpose = "无版本号" }));
        var ok = await filer.PutAsync(url, new { purpose = "新的用途", fiscal = "10", other = "3.72", total = "" }, ifMatch: project.RowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, ok, "修改项目表头");
        Assert.Equal($"\"{project.RowVersion + 1}\"", ok.Headers.ETag?.Tag);
        var after = await filer.GetAsync<ProjectResponse>(url);
        Assert.Equal(("新的用途", "13.72", project.RowVersion + 1), (after.Purpose, after.Summary.BudgetAsWritten, after.RowVersion));

        var stale = await filer.PutAsync(url, new { purpose = "旧版本" }, ifMatch: project.RowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, stale);
        Assert.Contains("未保存", (await ApiClient.ProblemAsync(stale)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var negative = await filer.PutAsync(url, new { total = "-1" }, ifMatch: after.RowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, negative);
        Assert.Contains("资金总额不能为负数", (await ApiClient.ProblemAsync(negative)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("新的用途", (await filer.GetAsync<ProjectResponse>(url)).Purpose);
    }
}

public sealed class ProjectEditApiOnSqlite(SqliteWebFixture fixture) : ProjectEditApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class ProjectEditApiOnPostgres(PostgresWebFixture fixture) : ProjectEditApiTests(fixture), IClassFixture<PostgresWebFixture>;
