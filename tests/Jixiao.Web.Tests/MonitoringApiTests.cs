using System.Net;
using System.Text.Json;
using Jixiao.Core.Values;
using Jixiao.Data;
using Jixiao.Data.Monitoring;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// /api/monitoring: the finance bureau opens 1–7月; a filer starts the report on a published document, saves progress
/// (If-Match; 428 without, 409 stale), is refused 报送 in Chinese naming the red project, explains it and submits; the
/// department confirms; the finance bureau sees the lights and adds 整改要求; other units and departments see nothing;
/// the template and the overview export download; all in the OpenAPI document.
/// </summary>
public abstract class MonitoringApiTests(WebFixture fixture)
{
    private static async Task<(MonitoringPeriodView Period, int DocumentId)> PeriodAsync(ApiClient filer, ApiClient finance)
    {
        var published = (await Scenario.ListAsync(filer)).First(d => d.State == WorkflowState.Published);
        var year = published.FiscalYear;
        var periods = await finance.GetAsync<List<MonitoringPeriodView>>($"/api/monitoring/periods?fiscalYear={year}");
        if (periods.FirstOrDefault(p => p.EndMonth == 7) is { } open) return (open, published.Id);
        var response = await finance.PostAsync("/api/monitoring/periods", new { fiscalYear = year, deadline = $"{year}-08-15" });
        await ApiClient.ExpectAsync(HttpStatusCode.Created, response, "开启监控期");
        return (await ApiClient.ReadAsync<MonitoringPeriodView>(response), published.Id);
    }

    private static async Task<MonitoringReportDetail> ReportAsync(ApiClient filer, MonitoringPeriodView period, int documentId)
    {
        var entry = (await filer.GetAsync<List<MonitoringDocumentEntry>>($"/api/monitoring/periods/{period.Id}/documents")).First(e => e.DocumentId == documentId);
        if (entry.Report is { } started) return await filer.GetAsync<MonitoringReportDetail>($"/api/monitoring/reports/{started.Id}");
        var response = await filer.PostAsync($"/api/monitoring/periods/{period.Id}/reports", new { documentId });
        await ApiClient.ExpectAsync(HttpStatusCode.Created, response, "开始监控");
        return await ApiClient.ReadAsync<MonitoringReportDetail>(response);
    }

    private static MonitoringInputs OnPlan(MonitoringReportDetail detail, int lagging) => new(detail.Projects.Select((p, i) =>
        new ProjectProgressInput(p.Key, p.YearBudget, i == lagging ? "0" : p.YearBudget, Lines: p.Lines.Select(l =>
        {
            var t = l.Target is null ? null : TargetValue.Parse(l.Target);
            var progress = t is { IsMeasurable: true, Number: not null } ? t.Number + t.Unit : "按计划推进";
            return new LineProgressInput(l.Key, progress, progress, "确定能");
        }).ToArray())).ToArray());

    [Fact]
    public async Task Filer_is_refused_a_red_project_without_cause_then_submits_reviewer_confirms_finance_requires_rectification()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var (period, documentId) = await PeriodAsync(filer, finance);
        var report = await ReportAsync(filer, period, documentId);
        var url = $"/api/monitoring/reports/{report.Summary.Id}";
        var lagging = report.Projects.ToList().FindIndex(p => p.PlannedRate > 0);
        Assert.True(lagging >= 0);
        var inputs = OnPlan(report, lagging);

        await ApiClient.ExpectAsync(HttpStatusCode.PreconditionRequired, await filer.PutAsync(url, new { inputs }));
        var saved = await ApiClient.ReadAsync<MonitoringReportDetail>(await filer.PutAsync(url, new { inputs }, ifMatch: report.Summary.RowVersion));
        Assert.Equal("red", saved.Projects[lagging].Light);
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, await filer.PutAsync(url, new { inputs }, ifMatch: report.Summary.RowVersion));

        var refused = await filer.PostAsync(url + "/submit", new { rowVersion = saved.Summary.RowVersion });
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, refused);
        var problem = await ApiClient.ProblemAsync(refused);
        Assert.Contains($"项目“{saved.Projects[lagging].Name}”预算执行红灯", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var explained = new MonitoringInputs(inputs.Projects.Select((p, i) => i == lagging
            ? p with { Causes = ["经费保障"], Remedy = "加快支付进度" } : p).ToArray());
        saved = await ApiClient.ReadAsync<MonitoringReportDetail>(await filer.PutAsync(url, new { inputs = explained }, ifMatch: saved.Summary.RowVersion));
        var submitted = await ApiClient.ReadAsync<MonitoringReportDetail>(await filer.PostAsync(url + "/submit", new { rowVersion = saved.Summary.RowVersion }));
        Assert.Equal(MonitoringState.Submitted, submitted.Summary.State);
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await finance.PostAsync(url + "/confirm"));
        var confirmed = await ApiClient.ReadAsync<MonitoringReportDetail>(await reviewer.PostAsync(url + "/confirm"));
        Assert.Equal("已确认", confirmed.Summary.StateName);

        var overview = await finance.GetAsync<MonitoringOverview>($"/api/monitoring/periods/{period.Id}/overview");
        Assert.True(overview.Total.Red >= 1);
        Assert.Contains(overview.RedItems, r => r.ReportId == report.Summary.Id && r.Causes == "经费保障" && r.Remedy == "加快支付进度");
        var project = saved.Projects[lagging];
        var required = await ApiClient.ReadAsync<MonitoringReportDetail>(await finance.PostAsync(url + "/rectification",
            new { projectKey = project.Key, text = "8月底前支出过半", rowVersion = confirmed.Summary.RowVersion }));
        Assert.Equal("8月底前支出过半", required.Projects[lagging].FollowUp?.Requirement);
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await filer.PostAsync(url + "/rectification",
            new { projectKey = project.Key, text = "自己提", rowVersion = required.Summary.RowVersion }));

        var template = await filer.GetAsync(url + "/template.xlsx");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, template);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType?.MediaType);
        var workbook = await finance.GetAsync($"/api/monitoring/periods/{period.Id}/overview.xlsx");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, workbook);
        Assert.True((await workbook.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task Other_units_and_departments_see_nothing_and_the_api_is_documented()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var (period, documentId) = await PeriodAsync(filer, finance);
        var report = await ReportAsync(filer, period, documentId);
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden,
            await filer.PostAsync("/api/monitoring/periods", new { fiscalYear = period.FiscalYear, endMonth = 7, deadline = $"{period.FiscalYear}-09-01" }));
        var department = filer.Me!.UserName["filer.".Length..][..3];
        var otherFiler = fixture.Users.First(u => u.Role == Role.UnitFiler && !u.UserName.StartsWith("filer." + department, StringComparison.Ordinal));
        using var other = await fixture.SignInAsync(otherFiler);
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await other.GetAsync($"/api/monitoring/reports/{report.Summary.Id}"));
        var otherReviewer = fixture.Users.First(u => u.Role == Role.DepartmentReviewer && u.UserName != "reviewer." + department);
        using var reviewer = await fixture.SignInAsync(otherReviewer);
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await reviewer.GetAsync($"/api/monitoring/reports/{report.Summary.Id}"));
        Assert.Empty(await reviewer.GetAsync<List<MonitoringReportSummary>>($"/api/monitoring/periods/{period.Id}/reports"));
        using var anonymous = fixture.Anonymous();
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await anonymous.GetAsync($"/api/monitoring/reports/{report.Summary.Id}"));

        using var doc = JsonDocument.Parse(await (await anonymous.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/monitoring/periods", "/api/monitoring/periods/{periodId}/overview", "/api/monitoring/reports/{reportId}",
                     "/api/monitoring/reports/{reportId}/submit", "/api/monitoring/reports/{reportId}/rectification",
                     "/api/monitoring/reports/{reportId}/import/preview", "/api/monitoring/periods/{periodId}/overview.xlsx" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }
}

public sealed class MonitoringApiOnSqlite(SqliteWebFixture fixture) : MonitoringApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class MonitoringApiOnPostgres(PostgresWebFixture fixture) : MonitoringApiTests(fixture), IClassFixture<PostgresWebFixture>;
