using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>Issue 20 item 7: screens a user can reach without an English word — an unknown address, a lost connection.</summary>
[Collection(E2ECollection.Name)]
public sealed class ChineseScreensTests(E2EEnvironment environment)
{
    [Fact]
    public async Task An_unknown_address_shows_the_chinese_not_found_page_not_an_empty_answer()
    {
        var server = environment.Server;
        var filer = server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);

        var response = await page.GotoAsync("/no-such-page/at-all");
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("404 未找到");
        await environment.Screenshots.TakeAsync(page, "30-unknown-address");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_lost_connection_is_told_in_chinese_and_the_page_comes_back()
    {
        var server = environment.Server;
        var filer = server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        var modal = page.GetByTestId("reconnect-modal");
        await Expect(modal).ToBeHiddenAsync();
        await Expect(modal).ToHaveCountAsync(1);

        // Blazor's own test hook drops the circuit's connection as a network failure would; Blazor then shows the
        // reconnect UI and reconnects to the running server.
        await page.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");
        await Expect(modal).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("components-reconnect-(show|retrying|hide)"));
        // Blazor used our element instead of making its English one, and the page is usable again.
        Assert.Equal(0, await page.Locator("#components-reconnect-modal >> text=/Rejoin|Reconnect|server/i").CountAsync());
        Assert.Equal(1, await page.Locator("[id=components-reconnect-modal]").CountAsync());
        await Expect(modal).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("components-reconnect-hide"), new() { Timeout = 30_000 });
        await Expect(modal).ToBeHiddenAsync();
        await Expect(page.Locator("body")).Not.ToContainTextAsync("Rejoin");
        var texts = await modal.Locator("p, button").AllTextContentsAsync();
        Assert.NotEmpty(texts);
        Assert.All(texts, t => Assert.DoesNotMatch("[A-Za-z]{2,}", t));
        await page.Context.CloseAsync();
    }
}
