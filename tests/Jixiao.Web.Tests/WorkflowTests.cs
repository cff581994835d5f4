using System.Net;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>草稿 → 已送审 → (被退回 → 已送审) → 已审核 → 已公开 over HTTP, and the steps the state does not allow.</summary>
public abstract class WorkflowTests(WebFixture fixture)
{
    [Fact]
    public async Task Happy_path_with_a_return_keeps_the_submitted_version_and_ends_published()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var (_, indicator) = await Scenario.FirstIndicatorAsync(filer, document.Id);

        Assert.Equal(WorkflowState.Submitted, (await Scenario.StepOkAsync(filer, document.Id, "submit")).State);
        Assert.Equal(WorkflowState.Returned, (await Scenario.StepOkAsync(reviewer, document.Id, "return", "请量化满意度指标")).State);
        var returned = await filer.GetAsync<DocumentResponse>($"/api/documents/{document.Id}");
        Assert.Equal("请量化满意度指标", returned.ReturnNote);
        Assert.Equal("被退回", returned.StateName);

        var (_, reopened) = await Scenario.FirstIndicatorAsync(filer, document.Id);
        Assert.Equal(indicator.Value, reopened.Value);
        await ApiClient.ExpectAsync(HttpStatusCode.OK,
            await filer.PutAsync($"/api/indicators/{reopened.Id}", new { value = "≥98%" }, ifMatch: reopened.RowVersion));
        Assert.Equal(WorkflowState.Submitted, (await Scenario.StepOkAsync(filer, document.Id, "submit")).State);
        Assert.Equal(WorkflowState.Approved, (await Scenario.StepOkAsync(finance, document.Id, "approve")).State);
        Assert.Equal(WorkflowState.Published, (await Scenario.StepOkAsync(finance, document.Id, "publish")).State);

        var versions = await finance.GetAsync<List<VersionSummary>>($"/api/documents/{document.Id}/versions");
        Assert.True(versions.Count >= 2, "退回后应开出新版本");
        var first = versions.Min(v => v.Version);
        var last = versions.Max(v => v.Version);
        var diff = await finance.GetAsync<VersionDiff>($"/api/documents/{document.Id}/diff?from={first}&to={last}");
        Assert.Contains(diff.Changes, c => c.Old == indicator.Value && c.New == "≥98%");
        var frozen = await finance.GetAsync<DocumentResponse>($"/api/documents/{document.Id}?version={first}");
        Assert.Equal(first, frozen.Version);
    }

    [Fact]
    public async Task Steps_the_state_does_not_allow_are_refused_and_change_nothing()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var document = await Scenario.ImportDraftAsync(fixture, filer);

        await ExpectRefusedAsync(await Scenario.StepAsync(finance, document.Id, "approve"), "草稿不能审核通过");
        await ExpectRefusedAsync(await Scenario.StepAsync(finance, document.Id, "publish"), "草稿不能公开");
        await ExpectRefusedAsync(await Scenario.StepAsync(reviewer, document.Id, "return", "退回"), "草稿不能退回");
        await Scenario.StepOkAsync(filer, document.Id, "submit");
        await ExpectRefusedAsync(await Scenario.StepAsync(filer, document.Id, "submit"), "不能重复送审");
        await ExpectRefusedAsync(await Scenario.StepAsync(finance, document.Id, "publish"), "未审核不能公开");
        var (_, indicator) = await Scenario.FirstIndicatorAsync(filer, document.Id);
        await ExpectRefusedAsync(await filer.PutAsync($"/api/indicators/{indicator.Id}", new { value = "1" }, ifMatch: indicator.RowVersion), "已送审不能编辑");

        await ExpectRefusedAsync(await Scenario.StepAsync(reviewer, document.Id, "return"), "退回须填写意见");
        var unchanged = await filer.GetAsync<DocumentResponse>($"/api/documents/{document.Id}");
        Assert.Equal(WorkflowState.Submitted, unchanged.Summary.State);
        Assert.Equal(indicator.Value, (await Scenario.FirstIndicatorAsync(filer, document.Id)).Indicator.Value);
    }

    /// <summary>A step the workflow state does not allow is 409 for every role, with the store's Chinese reason.</summary>
    private static async Task ExpectRefusedAsync(HttpResponseMessage response, string what)
    {
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, response, what);
        await ApiClient.ProblemAsync(response);
    }
}

public sealed class WorkflowOnSqlite(SqliteWebFixture fixture) : WorkflowTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class WorkflowOnPostgres(PostgresWebFixture fixture) : WorkflowTests(fixture), IClassFixture<PostgresWebFixture>;
