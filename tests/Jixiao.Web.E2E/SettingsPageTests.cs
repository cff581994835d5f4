using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// 辖区设置 in headless Chromium (issue 20 item 5): the administrator opens the page from the menu, turns 职责分离 off
/// after confirming, turns it on again, follows the links to the settings kept elsewhere, and finds both changes in
/// the administration log. The setting ends as it began (on), so the other tests of the shared server are unaffected.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class SettingsPageTests(E2EEnvironment environment)
{
    [Fact]
    public async Task The_administrator_turns_separation_of_duties_off_and_on_and_sees_it_logged()
    {
        var admin = await environment.NewPageAsync();
        await Ui.SignInAsync(admin, environment.Server.FirstUser(Role.Administrator).UserName, E2EServer.DemoPassword);
        await admin.GetByTestId("nav-admin-settings").ClickAsync();
        await admin.WaitForURLAsync("**/admin/settings");
        await Expect(admin.GetByTestId("separation-state")).ToHaveTextAsync("当前：已开启");

        // Off needs a confirmation; 取消 changes nothing.
        await admin.GetByTestId("separation-off").ClickAsync();
        await Expect(admin.GetByTestId("separation-confirm")).ToContainTextAsync("同一人可以送审并审核通过");
        await admin.GetByTestId("separation-confirm-cancel").ClickAsync();
        await Expect(admin.GetByTestId("separation-state")).ToHaveTextAsync("当前：已开启");
        await admin.GetByTestId("separation-off").ClickAsync();
        await admin.GetByTestId("separation-confirm-ok").ClickAsync();
        await Expect(admin.GetByTestId("separation-state")).ToHaveTextAsync("当前：已关闭");
        await environment.Screenshots.TakeAsync(admin, "75-settings-separation-off");
        await admin.GetByTestId("separation-on").ClickAsync();
        await Expect(admin.GetByTestId("separation-state")).ToHaveTextAsync("当前：已开启");
        var stored = await environment.Server.QueryAsync(db => Task.FromResult(db.Jurisdictions.Select(j => j.SeparateSubmitAndApprove).ToList()));
        Assert.All(stored, Assert.True);

        await Expect(admin.GetByTestId("settings-link-years")).ToHaveAttributeAsync("href", "/admin/years");
        await Expect(admin.GetByTestId("settings-link-review")).ToHaveAttributeAsync("href", "/admin/review-profile");

        await admin.GetByTestId("nav-admin-log").ClickAsync();
        await admin.WaitForURLAsync("**/admin/log");
        var log = admin.GetByTestId("admin-log");
        await Expect(log.Locator("[data-testid=admin-log-action]", new() { HasTextString = "修改辖区设置" })).ToHaveCountAsync(2);
        await environment.Screenshots.TakeAsync(admin, "76-settings-logged");
        await admin.Context.CloseAsync();
    }
}
