using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// Issue 19 item 1, the administrator's 全部下线 in a real Chromium: a user is signed in in one browser context; the
/// administrator, in another, opens 登录会话 from the menu, sees the user's live session and ends it after confirming.
/// The first context's cookie is then refused by the API (401) and its pages show it signed out.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class SignOutEverywhereTests(E2EEnvironment environment)
{
    [Fact]
    public async Task The_administrator_signs_a_user_out_everywhere_and_the_users_other_browser_is_refused()
    {
        var server = environment.Server;
        // A filer no other test signs in as, so ending their sessions disturbs nothing else.
        var victim = server.Users.Last(u => u.Role == Role.UnitFiler);
        var admin = server.FirstUser(Role.Administrator);

        var victimPage = await environment.NewPageAsync();
        await Ui.SignInAsync(victimPage, victim.UserName, E2EServer.DemoPassword);
        Assert.Equal(200, await SessionStatusAsync(victimPage));

        var adminPage = await environment.NewPageAsync();
        await Ui.SignInAsync(adminPage, admin.UserName, E2EServer.DemoPassword);
        await adminPage.GetByTestId("nav-sessions").ClickAsync();
        await adminPage.WaitForURLAsync("**/admin/sessions");
        var row = adminPage.Locator($"[data-testid=session-user][data-user-name='{victim.UserName}']");
        await Expect(row.GetByTestId("live-sessions")).Not.ToHaveTextAsync("0");
        await Expect(adminPage.GetByTestId("sessions-pager")).ToContainTextAsync("第 1 / 1 页");

        await row.GetByTestId("sign-out-everywhere").ClickAsync();
        var dialog = adminPage.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync("立即退出登录");
        await environment.Screenshots.TakeAsync(adminPage, "40-sign-out-everywhere-confirm");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "全部下线" }).ClickAsync();
        await Expect(adminPage.Locator(".mud-snackbar")).ToContainTextAsync("全部下线（结束");
        await Expect(row.GetByTestId("live-sessions")).ToHaveTextAsync("0");

        // The other browser context: the API refuses its cookie, and a page load shows it signed out.
        Assert.Equal(401, await SessionStatusAsync(victimPage));
        await victimPage.GotoAsync("/");
        await Expect(victimPage.GetByTestId("signin-link")).ToBeVisibleAsync();
        await Expect(victimPage.GetByTestId("current-user")).ToHaveCountAsync(0);
        // The administrator's own session is untouched.
        Assert.Equal(200, await SessionStatusAsync(adminPage));

        await victimPage.Context.CloseAsync();
        await adminPage.Context.CloseAsync();
    }

    [Fact]
    public async Task Other_roles_get_no_sessions_page()
    {
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, environment.Server.FirstUser(Role.FinanceReviewer).UserName, E2EServer.DemoPassword);
        await Expect(page.GetByTestId("nav-sessions")).ToHaveCountAsync(0);
        await page.GotoAsync("/admin/sessions");
        await Expect(page.GetByText("只有系统管理员可以查看和结束用户的登录会话")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sign-out-everywhere")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    private static Task<int> SessionStatusAsync(IPage page) =>
        page.EvaluateAsync<int>("() => fetch('/api/session').then(r => r.status)");
}
