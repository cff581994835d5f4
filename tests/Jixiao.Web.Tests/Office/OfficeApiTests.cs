using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using Jixiao.Data.Administration;
using Jixiao.Data.Notifications;
using Jixiao.Data.Overview;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests.Office;

/// <summary>
/// Administration, notifications and the jurisdiction overview through /api (issue 20): what the pages do, as an API
/// client would, with the Chinese problem+json refusals and the sessions of a disabled user ending at once.
/// </summary>
public abstract class OfficeApiTests(WebFixture fixture)
{
    private static int _sequence;

    private static string NewUserName(string prefix) => $"{prefix}.{Environment.ProcessId % 1000}.{Interlocked.Increment(ref _sequence)}";

    [Fact]
    public async Task The_administrator_creates_a_user_who_signs_in_and_is_cut_off_at_once_when_disabled()
    {
        using var admin = await fixture.SignInAsync(Role.Administrator);
        using var filerOfTheUnit = await fixture.SignInAsync(Role.UnitFiler);
        var userName = NewUserName("api.filer");

        var created = await ApiClient.ReadAsync<UserWithPassword>(await admin.PostAsync("/api/admin/users",
            new UserInput(userName, "孙八", Role.UnitFiler, null, filerOfTheUnit.Me!.BudgetUnitId)));
        Assert.Equal($"孙八（{userName}）", created.User.Person);

        using var newcomer = fixture.Anonymous();
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await newcomer.SignInAsync(userName, created.Password));
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await newcomer.GetAsync("/api/session"));

        var disabled = await ApiClient.ReadAsync<UserView>(await admin.PostAsync($"/api/admin/users/{created.User.Id}/disable"));
        Assert.True(disabled.Disabled);
        // The newcomer's cookie is refused on the very next request, and signing in again is refused too.
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await newcomer.GetAsync("/api/documents"));
        using var again = fixture.Anonymous();
        Assert.NotEqual(HttpStatusCode.OK, (await again.SignInAsync(userName, created.Password)).StatusCode);

        var reset = await ApiClient.ReadAsync<UserWithPassword>(await admin.PostAsync($"/api/admin/users/{created.User.Id}/reset-password"));
        await ApiClient.ReadAsync<UserView>(await admin.PostAsync($"/api/admin/users/{created.User.Id}/enable"));
        using var back = fixture.Anonymous();
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await back.SignInAsync(userName, reset.Password));

        var log = await admin.GetAsync<List<AdministrationEntry>>("/api/admin/log?pageSize=20");
        Assert.Contains(log, l => l.Action == "停用用户" && l.Where == $"用户 孙八（{userName}）" && l.Person.EndsWith("（admin）", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Action == "重置密码");
    }

    [Fact]
    public async Task Refusals_are_Chinese_problems_403_for_other_roles_and_422_for_bad_input()
    {
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var forbidden = await finance.PostAsync("/api/admin/users", new UserInput("x.y", "某人", Role.FinanceReviewer, null, null));
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, forbidden);
        Assert.Equal("无权执行此操作", (await ApiClient.ProblemAsync(forbidden)).GetProperty("title").GetString());

        using var admin = await fixture.SignInAsync(Role.Administrator);
        var duplicate = await admin.PostAsync("/api/admin/departments", new DepartmentInput("301", "重复的部门", null));
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, duplicate);
        Assert.Contains("部门编码“301”在本辖区已被使用", (await ApiClient.ProblemAsync(duplicate)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var noScope = await admin.PostAsync("/api/admin/users", new UserInput(NewUserName("api.noscope"), "某人", Role.DepartmentReviewer, null, null));
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, noScope);
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await admin.PutAsync("/api/admin/units/999999", new { name = "无" }));

        var openApi = await (await admin.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        foreach (var path in new[] { "/api/admin/users", "/api/admin/departments", "/api/admin/years", "/api/notifications", "/api/overview", "/api/overview/export/{table}" })
            Assert.Contains($"\"{path}\"", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Departments_units_and_years_are_created_renamed_and_opened()
    {
        using var admin = await fixture.SignInAsync(Role.Administrator);
        var code = (900 + Interlocked.Increment(ref _sequence)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var department = await ApiClient.ReadAsync<DepartmentView>(await admin.PostAsync("/api/admin/departments", new DepartmentInput(code, "某某市统计局", "统计")));
        var unit = await ApiClient.ReadAsync<UnitView>(await admin.PostAsync($"/api/admin/departments/{department.Id}/units", new UnitInput(code + "001", "某某市统计局机关")));
        await ApiClient.ReadAsync<UnitView>(await admin.PutAsync($"/api/admin/units/{unit.Id}", new { name = "某某市统计局本级" }));
        await ApiClient.ReadAsync<DepartmentView>(await admin.PutAsync($"/api/admin/departments/{department.Id}", new { name = "某某市统计调查局" }));
        var listed = (await admin.GetAsync<List<DepartmentView>>("/api/admin/departments?pageSize=500")).Single(d => d.Code == code);
        Assert.Equal(("某某市统计调查局", "某某市统计局本级"), (listed.Name, Assert.Single(listed.Units).Name));

        var year = 2060 + Interlocked.Increment(ref _sequence);
        await ApiClient.ReadAsync<FiscalYearView>(await admin.PostAsync("/api/admin/years", new { year, submissionDeadline = $"{year - 1}-11-30" }));
        await ApiClient.ReadAsync<FiscalYearView>(await admin.PutAsync($"/api/admin/years/{year}", new { submissionDeadline = $"{year}-01-15" }));
        Assert.Contains(await admin.GetAsync<List<FiscalYearView>>("/api/admin/years"), y => y.Year == year && y.SubmissionDeadline == new DateOnly(year, 1, 15));
    }

    [Fact]
    public async Task The_filer_reads_the_return_and_its_note_as_a_notification_and_marks_it_read()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        await filer.PostAsync("/api/notifications/read-all");
        Assert.Equal(0, (await filer.GetAsync<NotificationsApiCount>("/api/notifications/unread-count")).Unread);

        var draft = await Scenario.ImportDraftAsync(fixture, filer);
        await Scenario.StepOkAsync(filer, draft.Id, "submit");
        await Scenario.StepOkAsync(reviewer, draft.Id, "return", "项目支出计划与预算数不一致，请核对");

        Assert.Equal(1, (await filer.GetAsync<NotificationsApiCount>("/api/notifications/unread-count")).Unread);
        var notice = Assert.Single(await filer.GetAsync<List<Notification>>("/api/notifications?unread=true"));
        Assert.Equal(("退回", draft.Id, "项目支出计划与预算数不一致，请核对"), (notice.Kind, notice.DocumentId, notice.Note));
        Assert.Contains("（reviewer.", notice.By, StringComparison.Ordinal);
        await ApiClient.ExpectAsync(HttpStatusCode.NoContent, await filer.PostAsync($"/api/notifications/{notice.Id}/read"));
        Assert.Equal(0, (await filer.GetAsync<NotificationsApiCount>("/api/notifications/unread-count")).Unread);
        // Another user's notification is not found for the reviewer.
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await reviewer.PostAsync($"/api/notifications/{notice.Id}/read"));
    }

    [Fact]
    public async Task The_finance_bureau_filters_the_overview_and_downloads_each_table_as_xlsx()
    {
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var response = await finance.GetAsync("/api/overview?year=2025&state=Published&pageSize=5");
        var overview = await ApiClient.ReadAsync<JsonElement>(response);
        Assert.True(int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.All(overview.GetProperty("documents").EnumerateArray(), d => Assert.Equal("已公开", d.GetProperty("stateName").GetString()));
        Assert.True(overview.GetProperty("departments").GetArrayLength() >= 4);

        foreach (var table in OverviewExport.Tables)
        {
            var file = await finance.GetAsync($"/api/overview/export/{table}?year=2025");
            await ApiClient.ExpectAsync(HttpStatusCode.OK, file, table);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType?.MediaType);
            Assert.EndsWith("_2025.xlsx", file.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
            using var document = SpreadsheetDocument.Open(new MemoryStream(await file.Content.ReadAsByteArrayAsync()), false);
            var header = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ElementAt(1);
            Assert.Contains(header.Elements<Cell>(), c => c.InnerText.Contains("预算合计（万元）", StringComparison.Ordinal));
        }
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, await finance.GetAsync("/api/overview/export/projects"));
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await reviewer.GetAsync("/api/overview"));
    }

    private sealed record NotificationsApiCount(int Unread);
}

public sealed class OfficeApiOnSqlite(SqliteWebFixture fixture) : OfficeApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class OfficeApiOnPostgres(PostgresWebFixture fixture) : OfficeApiTests(fixture), IClassFixture<PostgresWebFixture>;
