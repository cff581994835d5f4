using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// Issue 20 in the browser, as the role that uses each: the 系统管理员 creates a user, a department with a unit and a
/// year, disables the user (whose other browser is signed out at once) and reads the log with 姓名（登录名）; a filer
/// is told of a return with its note in the app bar and marks it read; the 财政审核人 filters the jurisdiction
/// overview and downloads a table as .xlsx, and sees people named 姓名（登录名） in a document's log and versions.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class OfficeTests(E2EEnvironment environment)
{
    [Fact]
    public async Task The_administrator_creates_a_user_department_unit_and_year_and_disabling_signs_the_user_out()
    {
        var server = environment.Server;
        var admin = await environment.NewPageAsync();
        await Ui.SignInAsync(admin, server.FirstUser(Role.Administrator).UserName, E2EServer.DemoPassword);

        // A department with a unit, then a filer for that unit.
        await admin.GetByTestId("nav-admin-organizations").ClickAsync();
        await admin.WaitForURLAsync("**/admin/organizations");
        await admin.GetByTestId("department-code").FillAsync("309");
        await admin.GetByTestId("department-name").FillAsync("某某市审计局");
        await admin.GetByTestId("department-kind").FillAsync("审计");
        await admin.GetByTestId("department-create").ClickAsync();
        var department = admin.Locator("[data-testid=admin-department][data-code='309']");
        await Expect(department.GetByTestId("department-title")).ToHaveTextAsync("某某市审计局");
        await department.GetByTestId("unit-code").FillAsync("309001");
        await department.GetByTestId("unit-name-input").FillAsync("某某市审计局机关");
        await department.GetByTestId("unit-create").ClickAsync();
        await Expect(department.Locator("[data-testid=admin-unit][data-code='309001'] [data-testid=unit-name]")).ToHaveTextAsync("某某市审计局机关");
        await department.GetByTestId("department-rename-input").FillAsync("某某市审计事务局");
        await department.GetByTestId("department-rename").ClickAsync();
        await Expect(department.GetByTestId("department-title")).ToHaveTextAsync("某某市审计事务局");
        await environment.Screenshots.TakeAsync(admin, "70-admin-organizations");

        await admin.GetByTestId("nav-admin-users").ClickAsync();
        await admin.WaitForURLAsync("**/admin/users");
        await admin.GetByTestId("user-name").FillAsync("zhou.jiu");
        await admin.GetByTestId("display-name").FillAsync("周九");
        await admin.GetByTestId("user-role").SelectOptionAsync("UnitFiler");
        await admin.GetByTestId("user-unit").SelectOptionAsync(new SelectOptionValue { Label = "某某市审计局机关（309001）" });
        await admin.GetByTestId("user-save").ClickAsync();
        await Expect(admin.GetByTestId("one-time-password")).ToContainTextAsync("周九（zhou.jiu）的一次性密码");
        var password = (await admin.GetByTestId("password-value").TextContentAsync())!.Trim();
        var row = admin.Locator("[data-testid=admin-user][data-user-name='zhou.jiu']");
        await Expect(row.GetByTestId("user-person")).ToHaveTextAsync("周九（zhou.jiu）");
        await Expect(row).ToContainTextAsync("某某市审计局机关");
        await environment.Screenshots.TakeAsync(admin, "71-admin-user-created");

        // The new user signs in with the one-time password, in a browser of their own.
        var newcomer = await environment.NewPageAsync();
        await Ui.SignInAsync(newcomer, "zhou.jiu", password);
        await Expect(newcomer.GetByTestId("current-user")).ToContainTextAsync("周九");

        // 停用, after confirming: the newcomer's next page shows them signed out.
        await row.GetByTestId("user-disable").ClickAsync();
        var dialog = admin.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync("立即结束");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "停用" }).ClickAsync();
        await Expect(row.GetByTestId("user-state")).ToHaveTextAsync("已停用");
        Assert.Equal(401, await newcomer.EvaluateAsync<int>("() => fetch('/api/session').then(r => r.status)"));
        await newcomer.GotoAsync("/");
        await Expect(newcomer.GetByTestId("signin-link")).ToBeVisibleAsync();
        await newcomer.Context.CloseAsync();

        // A year with its deadline.
        await admin.GetByTestId("nav-admin-years").ClickAsync();
        await admin.WaitForURLAsync("**/admin/years");
        await admin.GetByTestId("year-input").FillAsync("2029");
        await admin.GetByTestId("year-deadline").FillAsync("2028-11-30");
        await admin.GetByTestId("year-open").ClickAsync();
        await Expect(admin.Locator("[data-testid=admin-year][data-year='2029'] [data-testid=year-deadline-text]")).ToHaveTextAsync("2028年11月30日");

        // Everything is in the administration log, by 姓名（登录名）.
        await admin.GetByTestId("nav-admin-log").ClickAsync();
        await admin.WaitForURLAsync("**/admin/log");
        var log = admin.GetByTestId("admin-log");
        foreach (var action in new[] { "开放年度", "停用用户", "新建用户", "部门改名", "新建单位", "新建部门" })
            await Expect(log.Locator("[data-testid=admin-log-action]", new() { HasTextString = action }).First).ToBeVisibleAsync();
        await Expect(log.GetByTestId("admin-log-where").Filter(new() { HasTextString = "用户 周九（zhou.jiu）" }).First).ToBeVisibleAsync();
        await Expect(log.GetByTestId("admin-log-person").First).ToHaveTextAsync("系统管理员（admin）");
        await environment.Screenshots.TakeAsync(admin, "72-admin-log");
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task A_filer_is_told_of_a_return_with_its_note_and_marks_it_read()
    {
        var server = environment.Server;
        var filerUser = server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filerUser.UserName, E2EServer.DemoPassword);
        await page.EvaluateAsync("() => fetch('/api/notifications/read-all', { method: 'POST' })");

        // The department's reviewer returns the filer's submitted document (set up through the store, as the reviewer).
        var documentId = await SubmitAndReturnAsync(server, filerUser.UserName, "请把满意度指标的目标值写成可衡量的百分比");

        await page.GotoAsync("/");
        // The 被退回 queue names who returned it, 姓名（登录名）.
        var queued = page.Locator($"[data-testid=queue-returned] [data-testid=queue-document][data-document-id='{documentId}']");
        await Expect(queued.GetByTestId("queue-last-step")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^退回：.+审核人（reviewer\\.\\d+）$"));
        var bell = page.GetByTestId("notification-bell");
        await Expect(bell).ToHaveAttributeAsync("data-unread", "1");
        await environment.Screenshots.TakeAsync(page, "73-filer-notification-bell");
        await bell.ClickAsync();
        await page.WaitForURLAsync("**/notifications");
        var notice = page.Locator("[data-testid=notification][data-read='false']").First;
        await Expect(notice).ToHaveAttributeAsync("data-kind", "退回");
        await Expect(notice.GetByTestId("notification-message")).ToContainTextAsync("退回意见：请把满意度指标的目标值写成可衡量的百分比");
        await Expect(notice.GetByTestId("notification-message")).ToContainTextAsync("审核人（reviewer.");
        await Expect(notice.GetByTestId("notification-document")).ToHaveAttributeAsync("href", $"/documents/{documentId}");
        await environment.Screenshots.TakeAsync(page, "74-filer-notifications");
        await notice.GetByTestId("notification-mark-read").ClickAsync();
        await Expect(page.Locator("[data-testid=notification][data-read='false']")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("notification-bell")).ToHaveAttributeAsync("data-unread", "0");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_finance_bureau_filters_the_overview_downloads_a_table_and_sees_people_by_name()
    {
        var server = environment.Server;
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, server.FirstUser(Role.FinanceReviewer).UserName, E2EServer.DemoPassword);
        await page.GetByTestId("nav-overview").ClickAsync();
        await page.WaitForURLAsync("**/overview");
        await Expect(page.Locator("[data-testid=overview-department]")).Not.ToHaveCountAsync(0);
        await page.GetByTestId("filter-year").FillAsync("2025");
        await page.GetByTestId("filter-state").SelectOptionAsync("Published");
        await page.GetByTestId("filter-name").FillAsync("司法");
        await page.GetByTestId("filter-apply").ClickAsync();
        var documents = page.Locator("[data-testid=overview-document]");
        await Expect(documents).ToHaveCountAsync(3);
        foreach (var text in await documents.AllInnerTextsAsync()) Assert.Contains("已公开", text, StringComparison.Ordinal);
        await Expect(page.GetByTestId("overview-total")).ToContainTextAsync("文档 3 份");
        await environment.Screenshots.TakeAsync(page, "75-finance-overview");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-departments").ClickAsync());
        Assert.Equal("辖区总览_按部门_2025.xlsx", download.SuggestedFilename);
        var path = await download.PathAsync();
        using (var workbook = SpreadsheetDocument.Open(path, false))
        {
            var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
            Assert.StartsWith("辖区总览·按部门汇总（2025 年度，已公开，名称含“司法”", rows[0].InnerText, StringComparison.Ordinal);
            Assert.Equal("部门编码部门文档数草稿已送审被退回已审核已公开预算合计（万元）错误提醒逾期", rows[1].InnerText);
        }

        // The document's log and versions name people 姓名（登录名）.
        var documentId = int.Parse((await documents.First.GetAttributeAsync("data-document-id"))!, System.Globalization.CultureInfo.InvariantCulture);
        await page.GotoAsync($"/documents/{documentId}/audit");
        await Expect(page.GetByTestId("audit-user").Filter(new() { HasTextString = "填报人（filer." }).First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("audit-user").Filter(new() { HasTextString = "财政局预算绩效科（finance）" }).First).ToBeVisibleAsync();
        await page.GotoAsync($"/documents/{documentId}/versions");
        await Expect(page.GetByTestId("version-created-by").First).ToContainTextAsync("填报人（filer.");
        await environment.Screenshots.TakeAsync(page, "76-versions-with-names");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Other_roles_get_no_overview_or_administration()
    {
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, environment.Server.FirstUser(Role.UnitFiler).UserName, E2EServer.DemoPassword);
        await Expect(page.GetByTestId("nav-notifications")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("nav-overview")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("nav-admin-users")).ToHaveCountAsync(0);
        await page.GotoAsync("/overview");
        await Expect(page.GetByText("无权查看辖区总览")).ToBeVisibleAsync();
        await page.GotoAsync("/admin/users");
        await Expect(page.GetByText("只有系统管理员可以")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>A fresh document of the filer, submitted, then returned with the note by the department's reviewer.</summary>
    private static async Task<int> SubmitAndReturnAsync(E2EServer server, string filerName, string note)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<JixiaoStore>();
        var filer = await store.SignInAsync(filerName, E2EServer.DemoPassword) ?? throw new InvalidOperationException("填报人无法登录");
        var bytes = await File.ReadAllBytesAsync(SharedSeeds.Seed002ForNewYear());
        var year = (await store.PreviewImportAsync(filer, "项目绩效目标表.txt", bytes)).FiscalYear ?? throw new InvalidOperationException("种子没有年度");
        var created = await store.CommitImportAsync(filer, "项目绩效目标表.txt", bytes, filer.DepartmentId!.Value, filer.BudgetUnitId, year,
            new Jixiao.Data.Importing.ImportChoice(NameConfirmed: true));
        await store.TransitionAsync(filer, created.Id, WorkflowAction.Submit, null);
        foreach (var user in server.Users.Where(u => u.Role == Role.DepartmentReviewer))
        {
            if ((await server.ScopeOfAsync(user.UserName)).DepartmentId != filer.DepartmentId) continue;
            var reviewer = await store.SignInAsync(user.UserName, E2EServer.DemoPassword) ?? throw new InvalidOperationException("审核人无法登录");
            await store.TransitionAsync(reviewer, created.Id, WorkflowAction.Return, note);
            return created.Id;
        }
        throw new InvalidOperationException("演示数据中没有该部门的部门审核人");
    }
}
