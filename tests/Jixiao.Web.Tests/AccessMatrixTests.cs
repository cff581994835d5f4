using System.Net;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// The role × action matrix of docs/roles.md, exercised over HTTP: 公众, 单位填报人, 部门审核人, 财政审核人, 系统管理员 ×
/// view, edit, import, submit, return, approve, publish, findings, audit. Every refusal is the server's.
/// </summary>
public abstract class AccessMatrixTests(WebFixture fixture)
{
    private static readonly HttpStatusCode Ok = HttpStatusCode.OK;
    private static readonly HttpStatusCode Forbidden = HttpStatusCode.Forbidden;
    private static readonly HttpStatusCode Unauthorized = HttpStatusCode.Unauthorized;

    [Fact]
    public async Task Draft_of_a_unit_view_findings_audit_edit_import_and_submit_by_role()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        using var admin = await fixture.SignInAsync(Role.Administrator);
        using var anonymous = fixture.Anonymous();
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var (_, indicator) = await Scenario.FirstIndicatorAsync(filer, document.Id);

        foreach (var (client, expected) in new[] { (filer, Ok), (reviewer, Ok), (finance, Ok), (admin, Ok), (anonymous, Unauthorized) })
        {
            await ApiClient.ExpectAsync(expected, await client.GetAsync($"/api/documents/{document.Id}"), "查看");
            await ApiClient.ExpectAsync(expected, await client.GetAsync($"/api/documents/{document.Id}/json"), "查看 JSON");
            await ApiClient.ExpectAsync(expected, await client.GetAsync($"/api/documents/{document.Id}/findings"), "审核意见");
        }
        foreach (var (client, expected) in new[] { (filer, Forbidden), (reviewer, Forbidden), (finance, Ok), (admin, Ok), (anonymous, Unauthorized) })
            await ApiClient.ExpectAsync(expected, await client.GetAsync($"/api/documents/{document.Id}/audit"), "审计记录");

        var edit = new { value = "≥99%", rowVersion = indicator.RowVersion };
        foreach (var (client, expected) in new[] { (reviewer, Forbidden), (finance, Forbidden), (admin, Forbidden), (anonymous, Unauthorized) })
            await ApiClient.ExpectAsync(expected, await client.PutAsync($"/api/indicators/{indicator.Id}", edit), "编辑");
        await ApiClient.ExpectAsync(Ok, await filer.PutAsync($"/api/indicators/{indicator.Id}", edit), "填报人编辑");

        var intoFilersUnit = Scenario.ImportFields(fixture, filer);
        foreach (var client in new[] { reviewer, finance, admin })
        {
            var response = await client.UploadAsync("/api/import", SharedSeeds.Bytes(SharedSeeds.S002), "a.txt", intoFilersUnit);
            await ApiClient.ExpectAsync(Forbidden, response, "导入到填报人的单位");
        }
        await ApiClient.ExpectAsync(Unauthorized, await anonymous.UploadAsync("/api/import", SharedSeeds.Bytes(SharedSeeds.S002), "a.txt", intoFilersUnit, withAntiforgery: false));

        foreach (var (client, expected) in new[] { (reviewer, Forbidden), (finance, Forbidden), (admin, Forbidden), (anonymous, Unauthorized) })
            await ApiClient.ExpectAsync(expected, await Scenario.StepAsync(client, document.Id, "submit"), "送审");
        Assert.Equal(WorkflowState.Submitted, (await Scenario.StepOkAsync(filer, document.Id, "submit")).State);
    }

    [Fact]
    public async Task Submitted_and_approved_return_approve_and_publish_by_role()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        using var admin = await fixture.SignInAsync(Role.Administrator);
        using var anonymous = fixture.Anonymous();
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        await Scenario.StepOkAsync(filer, document.Id, "submit");

        foreach (var step in new[] { "return", "approve" })
        {
            foreach (var (client, expected) in new[] { (filer, Forbidden), (admin, Forbidden), (anonymous, Unauthorized) })
                await ApiClient.ExpectAsync(expected, await Scenario.StepAsync(client, document.Id, step, "意见"), step);
        }
        Assert.Equal(WorkflowState.Approved, (await Scenario.StepOkAsync(reviewer, document.Id, "approve")).State);

        foreach (var (client, expected) in new[] { (filer, Forbidden), (reviewer, Forbidden), (admin, Forbidden), (anonymous, Unauthorized) })
            await ApiClient.ExpectAsync(expected, await Scenario.StepAsync(client, document.Id, "publish"), "公开");
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await anonymous.GetAsync($"/api/public/documents/{document.Id}"), "公开前公众查看");
        Assert.Equal(WorkflowState.Published, (await Scenario.StepOkAsync(finance, document.Id, "publish")).State);

        await ApiClient.ExpectAsync(Ok, await anonymous.GetAsync($"/api/public/documents/{document.Id}"), "公开后公众查看");
        await ApiClient.ExpectAsync(Ok, await anonymous.GetAsync($"/api/public/documents/{document.Id}/json"), "公开后公众查看 JSON");
        var published = await anonymous.GetAsync<List<DocumentSummary>>("/api/public/documents");
        Assert.Contains(published, d => d.Id == document.Id);
    }

    [Fact]
    public async Task Accepting_findings_is_for_reviewers_only_and_needs_a_reason()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        using var admin = await fixture.SignInAsync(Role.Administrator);
        using var anonymous = fixture.Anonymous();
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var findings = await filer.GetAsync<List<FindingView>>($"/api/documents/{document.Id}/findings");
        Assert.True(findings.Count >= 2, "种子 002 应有至少两条审核意见");

        var reason = new { reason = "经核实，按上年口径填报" };
        foreach (var (client, expected) in new[] { (filer, Forbidden), (admin, Forbidden), (anonymous, Unauthorized) })
            await ApiClient.ExpectAsync(expected, await client.PostAsync($"/api/findings/{findings[0].Id}/accept", reason), "接受审核意见");
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, await reviewer.PostAsync($"/api/findings/{findings[0].Id}/accept", new { reason = " " }), "无理由接受");

        var byReviewer = await ApiClient.ReadAsync<FindingView>(await reviewer.PostAsync($"/api/findings/{findings[0].Id}/accept", reason));
        var byFinance = await ApiClient.ReadAsync<FindingView>(await finance.PostAsync($"/api/findings/{findings[1].Id}/accept", reason));
        Assert.True(byReviewer.Accepted);
        Assert.True(byFinance.Accepted);
        Assert.Equal(reason.reason, byReviewer.AcceptedReason);
        var open = await filer.GetAsync<List<FindingView>>($"/api/documents/{document.Id}/findings?includeAccepted=false");
        Assert.DoesNotContain(open, f => f.Id == findings[0].Id || f.Id == findings[1].Id);
    }

    [Fact]
    public async Task A_filer_opening_another_units_document_gets_404_and_learns_nothing()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var others = (await Scenario.ListAsync(finance)).Where(d => d.BudgetUnitId != filer.Me!.BudgetUnitId).ToList();
        Assert.NotEmpty(others);
        var other = others[0];
        var (_, indicator) = await Scenario.FirstIndicatorAsync(finance, other.Id);
        var project = (await finance.GetAsync<DocumentResponse>($"/api/documents/{other.Id}")).Projects[0];

        Assert.DoesNotContain(await Scenario.ListAsync(filer), d => d.BudgetUnitId != filer.Me!.BudgetUnitId);
        var attempts = new List<HttpResponseMessage>
        {
            await filer.GetAsync($"/api/documents/{other.Id}"),
            await filer.GetAsync($"/api/documents/{other.Id}/json"),
            await filer.GetAsync($"/api/documents/{other.Id}/findings"),
            await filer.GetAsync($"/api/documents/{other.Id}/versions"),
            await filer.GetAsync($"/api/documents/{other.Id}/audit"),
            await filer.GetAsync($"/api/documents/{other.Id}/diff?from=1&to=1"),
            await filer.GetAsync($"/api/projects/{project.Id}"),
            await filer.PutAsync($"/api/indicators/{indicator.Id}", new { value = "1", rowVersion = indicator.RowVersion }),
            await Scenario.StepAsync(filer, other.Id, "submit"),
        };
        foreach (var response in attempts)
        {
            await ApiClient.ExpectAsync(HttpStatusCode.NotFound, response, "其他单位的文档");
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain(other.Title, body);
            Assert.DoesNotContain(other.UnitName, body);
        }
        var (_, unchanged) = await Scenario.FirstIndicatorAsync(finance, other.Id);
        Assert.Equal(indicator.RowVersion, unchanged.RowVersion);
    }

    [Fact]
    public async Task Each_role_lists_exactly_its_scope()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        using var admin = await fixture.SignInAsync(Role.Administrator);
        var all = await Scenario.ListAsync(finance);

        Assert.Equal(all.Select(d => d.Id).Order(), (await Scenario.ListAsync(admin)).Select(d => d.Id).Order());
        Assert.Equal(all.Where(d => d.BudgetUnitId == filer.Me!.BudgetUnitId && filer.Me.BudgetUnitId is not null).Select(d => d.Id).Order(),
            (await Scenario.ListAsync(filer)).Select(d => d.Id).Order());
        var department = reviewer.Me!.DepartmentId;
        var reviewersView = await Scenario.ListAsync(reviewer);
        Assert.Equal(all.Where(d => d.DepartmentId == department).Select(d => d.Id).Order(), reviewersView.Select(d => d.Id).Order());
        Assert.True(all.Count > reviewersView.Count, "演示数据应有多个部门");

        var elsewhere = all.First(d => d.DepartmentId != department);
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await reviewer.GetAsync($"/api/documents/{elsewhere.Id}"), "其他部门的文档");
    }

    [Fact]
    public async Task The_public_reads_only_published_documents_and_gets_401_from_the_rest_of_the_api()
    {
        using var anonymous = fixture.Anonymous();
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var all = await Scenario.ListAsync(finance);
        var published = await anonymous.GetAsync<List<DocumentSummary>>("/api/public/documents");

        Assert.NotEmpty(published);
        Assert.All(published, d => Assert.Equal(WorkflowState.Published, d.State));
        var draft = all.First(d => d.State != WorkflowState.Published);
        var problem = await anonymous.GetAsync($"/api/public/documents/{draft.Id}");
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, problem);
        Assert.DoesNotContain(draft.Title, await problem.Content.ReadAsStringAsync());

        foreach (var url in new[] { "/api/documents", $"/api/documents/{draft.Id}", $"/api/documents/{published[0].Id}", "/api/jurisdictions", "/api/session" })
        {
            var response = await anonymous.GetAsync(url);
            await ApiClient.ExpectAsync(Unauthorized, response, "未登录");
            await ApiClient.ProblemAsync(response);
        }
    }
}

public sealed class AccessMatrixOnSqlite(SqliteWebFixture fixture) : AccessMatrixTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class AccessMatrixOnPostgres(PostgresWebFixture fixture) : AccessMatrixTests(fixture), IClassFixture<PostgresWebFixture>;
