using System.Net;
using System.Net.Http.Json;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Sessions end on the server (issue 19, item 1): a copy of the cookie replayed after sign-out, after a password
/// change or after the administrator's 全部下线 gets 401; a session ends after 30 idle minutes and 10 hours after
/// sign-in whatever the activity (a manual clock, not the machine's).
/// </summary>
public sealed class SessionRevocationTests(SessionRevocationTests.ClockFixture fixture) : IClassFixture<SessionRevocationTests.ClockFixture>
{
    /// <summary>A host whose clock the tests move; page re-checks are not cached so every request asks the database.</summary>
    public sealed class ClockFixture : SqliteWebFixture
    {
        public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8)));

        protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    [Fact]
    public async Task A_cookie_replayed_after_sign_out_gets_401()
    {
        var cookie = await SignInRawAsync(fixture.User(Role.UnitFiler).UserName, WebFixture.DemoPassword);
        using var browser = Replayer(cookie);
        using var copy = Replayer(cookie);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await copy.GetAsync("/api/session"), "退出前副本可用");

        await ApiClient.ExpectAsync(HttpStatusCode.NoContent, await browser.DeleteAsync("/api/session"));

        var after = await copy.GetAsync("/api/session");
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, after, "退出后重放 Cookie");
        await ApiClient.ProblemAsync(after);
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await copy.GetAsync("/api/documents"), "退出后重放 Cookie 调用业务接口");
    }

    [Fact]
    public async Task A_password_change_ends_every_other_session_and_keeps_the_changer_signed_in_with_a_new_cookie()
    {
        var user = fixture.Users.Where(u => u.Role == Role.UnitFiler).Skip(1).First();
        var laptopCookie = await SignInRawAsync(user.UserName, WebFixture.DemoPassword);
        using var laptop = Replayer(laptopCookie);
        using var phone = await fixture.SignInAsync(user);
        const string newPassword = "Xin-Mima-2026-abc";

        var tooShort = await laptop.PostAsJsonAsync("/api/session/password", new { currentPassword = WebFixture.DemoPassword, newPassword = "short" });
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, tooShort);
        Assert.Contains("至少需要 10 个字符", (await ApiClient.ProblemAsync(tooShort)).GetProperty("detail").GetString());
        var wrongCurrent = await laptop.PostAsJsonAsync("/api/session/password", new { currentPassword = "不对的密码", newPassword });
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, wrongCurrent);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await phone.GetAsync("/api/session"), "改密码失败不影响其他会话");

        var changed = await laptop.PostAsJsonAsync("/api/session/password", new { currentPassword = WebFixture.DemoPassword, newPassword });
        await ApiClient.ExpectAsync(HttpStatusCode.NoContent, changed);
        var newCookie = AuthCookieOf(changed);

        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await phone.GetAsync("/api/session"), "其他设备的会话");
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await laptop.GetAsync("/api/session"), "改密码前的 Cookie");
        using (var renewed = Replayer(newCookie))
            await ApiClient.ExpectAsync(HttpStatusCode.OK, await renewed.GetAsync("/api/session"), "改密码者得到新 Cookie");
        using var again = fixture.Anonymous();
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await again.SignInAsync(user.UserName, WebFixture.DemoPassword), "旧密码");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await again.SignInAsync(user.UserName, newPassword), "新密码");
    }

    [Fact]
    public async Task The_password_page_changes_the_password_and_signs_out_the_users_other_browsers()
    {
        var user = fixture.Users.Where(u => u.Role == Role.UnitFiler).Skip(6).First();
        using var browser = await fixture.SignInAsync(user);
        using var other = await fixture.SignInAsync(user);
        const string newPassword = "Yemian-Xin-Mima-2026";

        var page = await browser.GetAsync("/password");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, page);
        Assert.Contains("再次输入新密码", await page.Content.ReadAsStringAsync());
        using (var anonymous = fixture.Anonymous())
            Assert.EndsWith("/signin?returnUrl=%2Fpassword", (await anonymous.GetAsync("/password")).Headers.Location?.OriginalString);

        Assert.Equal("/password?error=current", await PostPasswordFormAsync(browser, "错误的当前密码", newPassword, newPassword));
        Assert.Equal("/password?error=mismatch", await PostPasswordFormAsync(browser, WebFixture.DemoPassword, newPassword, newPassword + "x"));
        Assert.Equal("/password?error=short", await PostPasswordFormAsync(browser, WebFixture.DemoPassword, "short", "short"));
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await other.GetAsync("/api/session"), "未修改时其他浏览器仍登录");

        Assert.Equal("/password?done=true", await PostPasswordFormAsync(browser, WebFixture.DemoPassword, newPassword, newPassword));
        var done = WebUtility.HtmlDecode(await (await browser.GetAsync("/password?done=true")).Content.ReadAsStringAsync());
        Assert.Contains("密码已修改", done);
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await other.GetAsync("/api/session"), "其他浏览器");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await browser.GetAsync("/api/session"), "修改密码的浏览器");
        using var again = fixture.Anonymous();
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await again.SignInAsync(user.UserName, newPassword), "新密码");
    }

    private static async Task<string?> PostPasswordFormAsync(ApiClient client, string current, string newPassword, string confirm)
    {
        var token = (await client.GetAsync<SessionApi.AntiforgeryResponse>("/api/antiforgery")).Token;
        var response = await client.Http.PostAsync("/account/password", new FormUrlEncodedContent(
        [
            new("currentPassword", current), new("newPassword", newPassword), new("confirmPassword", confirm), new("__RequestVerificationToken", token),
        ]));
        await ApiClient.ExpectAsync(HttpStatusCode.Redirect, response, "修改密码表单");
        return response.Headers.Location?.OriginalString;
    }

    [Fact]
    public async Task The_administrator_signs_a_user_out_everywhere_and_nobody_else_can()
    {
        var user = fixture.Users.Where(u => u.Role == Role.UnitFiler).Skip(2).First();
        using var first = await fixture.SignInAsync(user);
        using var second = await fixture.SignInAsync(user);
        using var admin = await fixture.SignInAsync(Role.Administrator);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var userId = first.Me!.UserId;

        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await finance.Http.DeleteAsync($"/api/users/{userId}/sessions"), "财政审核人");
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await admin.Http.DeleteAsync("/api/users/987654/sessions"), "不存在的用户");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await first.GetAsync("/api/session"));

        var ended = await admin.Http.DeleteAsync($"/api/users/{userId}/sessions");
        var result = await ApiClient.ReadAsync<SessionsAdminApi.SessionsEnded>(ended);
        Assert.True(result.Ended >= 2, $"应至少结束 2 个会话，实为 {result.Ended}");
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await first.GetAsync("/api/session"));
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await second.GetAsync("/api/documents"));
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await admin.GetAsync("/api/session"), "管理员自己的会话不受影响");
    }

    [Fact]
    public async Task A_session_ends_after_thirty_idle_minutes_and_ten_hours_after_sign_in_however_busy()
    {
        var user = fixture.Users.Where(u => u.Role == Role.UnitFiler).Skip(3).First();
        using (var idle = await fixture.SignInAsync(user))
        {
            fixture.Clock.Advance(TimeSpan.FromMinutes(29));
            await ApiClient.ExpectAsync(HttpStatusCode.OK, await idle.GetAsync("/api/session"), "空闲 29 分钟");
            fixture.Clock.Advance(TimeSpan.FromMinutes(31));
            await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await idle.GetAsync("/api/session"), "再空闲 31 分钟");
        }

        using var busy = await fixture.SignInAsync(user);
        // A request every 20 minutes slides the 30-minute window (the cookie is renewed past half of it) …
        for (var elapsed = TimeSpan.FromMinutes(20); elapsed < TimeSpan.FromHours(10); elapsed += TimeSpan.FromMinutes(20))
        {
            fixture.Clock.Advance(TimeSpan.FromMinutes(20));
            await ApiClient.ExpectAsync(HttpStatusCode.OK, await busy.GetAsync("/api/session"), $"登录后 {elapsed.TotalMinutes} 分钟，一直在用");
        }
        // … but not past 10 hours after sign-in.
        fixture.Clock.Advance(TimeSpan.FromMinutes(20));
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await busy.GetAsync("/api/session"), "登录 10 小时后");
    }

    /// <summary>Signs in on a client that keeps no cookies and returns the auth cookie as name=value.</summary>
    private async Task<string> SignInRawAsync(string userName, string password)
    {
        using var raw = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        var response = await raw.PostAsJsonAsync("/api/session", new { userName, password });
        await ApiClient.ExpectAsync(HttpStatusCode.OK, response);
        return AuthCookieOf(response);
    }

    private static string AuthCookieOf(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("jixiao.auth=", StringComparison.Ordinal));

    /// <summary>A client that sends exactly the given cookie and keeps none it is sent (an attacker's copy).</summary>
    private HttpClient Replayer(string cookie)
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }
}
