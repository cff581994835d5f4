using System.Globalization;
using System.Net;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Monitoring;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// Issue 19 item 8, "every list in the API is paged": each list endpoint takes page and pageSize like
/// <c>GET /api/documents</c>, states X-Total-Count, X-Page and X-Page-Size, links the next page while there is one,
/// gives the whole list over its pages, and refuses a bad page with 422 problem+json before any query.
/// </summary>
public abstract class ApiListPagingTests(WebFixture fixture)
{
    /// <summary>A list endpoint: its address, where the list is in the body (null = the body itself), who asks, the least it must hold.</summary>
    private sealed record ListEndpoint(string Url, string? Property, ApiClient Client, int AtLeast);

    [Fact]
    public async Task Every_list_of_the_API_is_paged_with_its_total_and_a_link_to_the_next_page()
    {
        var (clients, endpoints) = await EndpointsAsync();
        try
        {
            foreach (var endpoint in endpoints)
            {
                var whole = await ReadPageAsync(endpoint, "pageSize=500");
                Assert.True(whole.Total >= endpoint.AtLeast, $"{endpoint.Url} 只有 {whole.Total} 项，测试需要至少 {endpoint.AtLeast} 项");
                Assert.Equal(whole.Total, whole.Items.Count);

                var first = await ReadPageAsync(endpoint, "pageSize=1");
                Assert.Equal(whole.Total, first.Total);
                Assert.Equal("1", first.Response.Headers.GetValues("X-Page").Single());
                Assert.Equal("1", first.Response.Headers.GetValues("X-Page-Size").Single());
                Assert.Equal(Math.Min(1, whole.Total), first.Items.Count);
                var hasNext = first.Response.Headers.TryGetValues("Link", out var links);
                Assert.True(hasNext == whole.Total > 1, $"{endpoint.Url}：Link 头与总数 {whole.Total} 不符");
                if (whole.Total < 2) continue;

                var link = Assert.Single(links!);
                Assert.Contains("page=2", link, StringComparison.Ordinal);
                Assert.Contains("pageSize=1", link, StringComparison.Ordinal);
                // Every page in turn gives the whole list, in the same order, without overlap.
                var gathered = new List<string>();
                for (var page = 1; page <= whole.Total; page++)
                    gathered.AddRange((await ReadPageAsync(endpoint, $"page={page}&pageSize=1")).Items);
                Assert.Equal(whole.Items, gathered);
                var past = await ReadPageAsync(endpoint, $"page={whole.Total + 1}&pageSize=1");
                Assert.Empty(past.Items);
                Assert.Equal(whole.Total, past.Total);
            }
        }
        finally
        {
            foreach (var client in clients) client.Dispose();
        }
    }

    [Fact]
    public async Task A_bad_page_is_422_with_a_Chinese_message_on_every_list()
    {
        var (clients, endpoints) = await EndpointsAsync();
        try
        {
            foreach (var endpoint in endpoints)
            foreach (var bad in new[] { "page=0", "page=-3", "pageSize=0", "pageSize=501" })
            {
                var response = await endpoint.Client.GetAsync(With(endpoint.Url, bad));
                await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, response, $"{endpoint.Url} {bad}");
                var detail = (await ApiClient.ProblemAsync(response)).GetProperty("detail").GetString();
                Assert.Contains(bad.StartsWith("page=", StringComparison.Ordinal) ? "页码" : "每页条数", detail, StringComparison.Ordinal);
            }
        }
        finally
        {
            foreach (var client in clients) client.Dispose();
        }
    }

    [Fact]
    public async Task The_year_overviews_total_covers_every_project_whatever_the_page()
    {
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var document = (await Scenario.ListAsync(finance)).First(d => d.ProjectCount >= 2);
        var url = $"/api/departments/{document.DepartmentId}/years/{document.FiscalYear}";
        using var whole = JsonDocument.Parse(await (await finance.GetAsync(url)).Content.ReadAsStringAsync());
        using var one = JsonDocument.Parse(await (await finance.GetAsync(url + "?pageSize=1")).Content.ReadAsStringAsync());
        Assert.Equal(1, one.RootElement.GetProperty("projects").GetArrayLength());
        Assert.Equal(whole.RootElement.GetProperty("totalWan").GetDecimal(), one.RootElement.GetProperty("totalWan").GetDecimal());
        Assert.Equal(whole.RootElement.GetProperty("errors").GetInt32(), one.RootElement.GetProperty("errors").GetInt32());
    }

    /// <summary>
    /// Every list endpoint, over data that has at least two items in each: a fresh draft with two versions (submitted,
    /// returned, two fields edited), its projects, findings, audit trail and version diff, the departments and year of
    /// the demo data, the published documents and the administrator's users.
    /// </summary>
    private async Task<(List<ApiClient> Clients, List<ListEndpoint> Endpoints)> EndpointsAsync()
    {
        var filer = await fixture.SignInAsync(Role.UnitFiler);
        var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var admin = await fixture.SignInAsync(Role.Administrator);
        var anonymous = fixture.Anonymous();
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        await Scenario.StepOkAsync(filer, document.Id, "submit");
        await Scenario.StepOkAsync(reviewer, document.Id, "return", "请修改指标值和依据");
        var (_, indicator) = await Scenario.FirstIndicatorAsync(filer, document.Id);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await filer.PutAsync($"/api/indicators/{indicator.Id}",
            new { value = "≥99%", basis = "分页测试：依据改过" }, ifMatch: indicator.RowVersion));
        var versions = await finance.GetAsync<List<VersionSummary>>($"/api/documents/{document.Id}/versions");
        var published = await anonymous.GetAsync<List<DocumentSummary>>("/api/public/documents");
        var publishedId = published.OrderByDescending(d => d.ProjectCount).First().Id;
        var jurisdiction = finance.Me!.JurisdictionId;
        var id = document.Id.ToString(CultureInfo.InvariantCulture);
        var (evaluationYear, evaluationId) = await TwoEvaluationsAsync(filer);
        var (periodId, reportId) = await MonitoringReportAsync(filer, finance);

        var endpoints = new List<ListEndpoint>
        {
            new("/api/jurisdictions", null, finance, 1),
            new($"/api/jurisdictions/{jurisdiction}/departments", null, finance, 2),
            new($"/api/departments/{document.DepartmentId}/years/{document.FiscalYear}", "projects", finance, 2),
            new("/api/documents", null, finance, 2),
            new($"/api/documents/{id}", "projects", finance, 2),
            new($"/api/documents/{id}/versions", null, finance, 2),
            new($"/api/documents/{id}/diff?from={versions.Min(v => v.Version)}&to={versions.Max(v => v.Version)}", "changes", finance, 2),
            new($"/api/documents/{id}/audit", null, finance, 2),
            new($"/api/documents/{id}/findings", null, finance, 2),
            new("/api/public/documents", null, anonymous, 2),
            new($"/api/public/documents/{publishedId}", "projects", anonymous, 2),
            new("/api/user-sessions", null, admin, 2),
            new($"/api/evaluations?fiscalYear={evaluationYear}", null, filer, 2),
            new($"/api/evaluations/{evaluationId}/audit", null, filer, 1),
            new($"/api/public/evaluations?fiscalYear={evaluationYear}", null, anonymous, 0),
            new($"/api/monitoring/periods/{periodId}/documents", null, finance, 1),
            new($"/api/monitoring/periods/{periodId}/reports", null, finance, 1),
            new($"/api/monitoring/reports/{reportId}/audit", null, filer, 1),
        };
        return ([filer, reviewer, finance, admin, anonymous], endpoints);
    }

    /// <summary>Self-evaluations started on two projects of a published document (once per fixture): the year and one of them.</summary>
    private static async Task<(int Year, int EvaluationId)> TwoEvaluationsAsync(ApiClient filer)
    {
        var published = (await Scenario.ListAsync(filer)).First(d => d.State == WorkflowState.Published);
        var url = $"/api/documents/{published.Id}/evaluations";
        foreach (var project in (await filer.GetAsync<DocumentEvaluations>(url)).Projects.Take(2).Where(p => p.Evaluation is null))
            await ApiClient.ExpectAsync(HttpStatusCode.Created, await filer.PostAsync(url, new { projectKey = project.ProjectKey }), "开始自评");
        var started = (await filer.GetAsync<DocumentEvaluations>(url)).Projects.Select(p => p.Evaluation).OfType<EvaluationSummary>().First();
        return (published.FiscalYear, started.Id);
    }

    /// <summary>A monitoring period of a published document's year and the filer's report in it (once per fixture).</summary>
    private static async Task<(int PeriodId, int ReportId)> MonitoringReportAsync(ApiClient filer, ApiClient finance)
    {
        var published = (await Scenario.ListAsync(filer)).First(d => d.State == WorkflowState.Published);
        var year = published.FiscalYear;
        var periods = await finance.GetAsync<List<MonitoringPeriodView>>($"/api/monitoring/periods?fiscalYear={year}");
        var period = periods.FirstOrDefault();
        if (period is null)
        {
            var opened = await finance.PostAsync("/api/monitoring/periods", new { fiscalYear = year, deadline = $"{year}-08-15" });
            await ApiClient.ExpectAsync(HttpStatusCode.Created, opened, "开启监控期");
            period = await ApiClient.ReadAsync<MonitoringPeriodView>(opened);
        }
        var entry = (await filer.GetAsync<List<MonitoringDocumentEntry>>($"/api/monitoring/periods/{period.Id}/documents")).First(e => e.DocumentId == published.Id);
        if (entry.Report is { } report) return (period.Id, report.Id);
        var started = await filer.PostAsync($"/api/monitoring/periods/{period.Id}/reports", new { documentId = published.Id });
        await ApiClient.ExpectAsync(HttpStatusCode.Created, started, "开始监控");
        return (period.Id, (await ApiClient.ReadAsync<MonitoringReportDetail>(started)).Summary.Id);
    }

    private static string With(string url, string query) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;

    /// <summary>One page: the answer, X-Total-Count, and each item of the list as its JSON text (to compare pages).</summary>
    private static async Task<(HttpResponseMessage Response, int Total, List<string> Items)> ReadPageAsync(ListEndpoint endpoint, string query)
    {
        var response = await endpoint.Client.GetAsync(With(endpoint.Url, query));
        await ApiClient.ExpectAsync(HttpStatusCode.OK, response, endpoint.Url);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var list = endpoint.Property is null ? json.RootElement : json.RootElement.GetProperty(endpoint.Property);
        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single(), CultureInfo.InvariantCulture);
        return (response, total, list.EnumerateArray().Select(e => e.GetRawText()).ToList());
    }
}

public sealed class ApiListPagingOnSqlite(SqliteWebFixture fixture) : ApiListPagingTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class ApiListPagingOnPostgres(PostgresWebFixture fixture) : ApiListPagingTests(fixture), IClassFixture<PostgresWebFixture>;
