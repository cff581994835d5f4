using System.Net;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>POST /api/documents: a new draft, empty or carried from last year; a second for the same unit and year is 409.</summary>
public abstract class NewDocumentApiTests(WebFixture fixture)
{
    private static object Body(ApiClient owner, int year, string? start) => new
    {
        departmentId = owner.Me!.DepartmentId,
        budgetUnitId = owner.Me!.BudgetUnitId,
        fiscalYear = year,
        start,
    };

    [Fact]
    public async Task Filer_creates_an_empty_draft_and_a_second_one_is_409_naming_the_first()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var response = await filer.PostAsync("/api/documents", Body(filer, 2031, "empty"));
        await ApiClient.ExpectAsync(HttpStatusCode.Created, response, "新建空白文档");
        var created = await ApiClient.ReadAsync<DocumentSummary>(response);
        Assert.Equal($"/api/documents/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((WorkflowState.Draft, 0, 2031), (created.State, created.ProjectCount, created.FiscalYear));

        var again = await filer.PostAsync("/api/documents", Body(filer, 2031, null));
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, again, "同一单位同一年度第二份文档");
        var problem = await ApiClient.ProblemAsync(again);
        Assert.Contains($"“{created.Title}”（编号 {created.Id}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("操作冲突", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Unknown_start_is_422_and_others_may_not_create_for_the_unit()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var bad = await filer.PostAsync("/api/documents", Body(filer, 2032, "copy"));
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, bad);
        Assert.Contains("empty", (await ApiClient.ProblemAsync(bad)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await reviewer.PostAsync("/api/documents", Body(filer, 2032, "empty")));
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await finance.PostAsync("/api/documents", Body(filer, 2032, "empty")));
        using var anonymous = fixture.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/documents", Body(filer, 2032, "empty"))).StatusCode);
        Assert.DoesNotContain(await Scenario.ListAsync(filer), d => d.FiscalYear == 2032);
    }

    [Fact]
    public async Task Next_year_is_carried_from_an_approved_document_with_its_keys()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var last = await Scenario.ImportDraftAsync(fixture, filer);
        await Scenario.StepOkAsync(filer, last.Id, "submit");
        await Scenario.StepOkAsync(finance, last.Id, "approve");

        var response = await filer.PostAsync("/api/documents", Body(filer, last.FiscalYear + 1, "lastYear"));
        await ApiClient.ExpectAsync(HttpStatusCode.Created, response, "从上年结转");
        var created = await ApiClient.ReadAsync<DocumentSummary>(response);
        Assert.Equal((WorkflowState.Draft, last.ProjectCount), (created.State, created.ProjectCount));

        using var lastJson = JsonDocument.Parse(await (await filer.GetAsync($"/api/documents/{last.Id}/json")).Content.ReadAsStringAsync());
        using var newJson = JsonDocument.Parse(await (await filer.GetAsync($"/api/documents/{created.Id}/json")).Content.ReadAsStringAsync());
        var lastProjects = lastJson.RootElement.GetProperty("projects").EnumerateArray().ToArray();
        var newProjects = newJson.RootElement.GetProperty("projects").EnumerateArray().ToArray();
        Assert.Equal(lastProjects.Select(p => p.GetProperty("key").GetString()), newProjects.Select(p => p.GetProperty("key").GetString()));
        Assert.All(newProjects, p =>
        {
            Assert.Equal(last.FiscalYear, p.GetProperty("carriedFrom").GetProperty("fiscalYear").GetInt32());
            Assert.True(p.GetProperty("carriedFrom").GetProperty("moneyToUpdate").GetBoolean());
        });
        Assert.Equal(last.FiscalYear + 1, newJson.RootElement.GetProperty("fiscalYear").GetInt32());
    }
}

public sealed class NewDocumentApiOnSqlite(SqliteWebFixture fixture) : NewDocumentApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class NewDocumentApiOnPostgres(PostgresWebFixture fixture) : NewDocumentApiTests(fixture), IClassFixture<PostgresWebFixture>;
