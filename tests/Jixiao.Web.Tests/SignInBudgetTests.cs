using System.Globalization;
using System.Net;
using Jixiao.Data.Security;
using Jixiao.Web.Security;
using Jixiao.Web.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Jixiao.Web.Tests;

/// <summary>
/// The sign-in limits beyond one address and one name (issue 19, item 5): spraying many names from one address, guessing
/// one account from many addresses, and a failure budget for the whole instance; all keyed on the client's address as
/// the configured proxy (10.0.0.1) reports it, so users behind the proxy do not share one count.
/// </summary>
public sealed class SignInBudgetTests(SignInBudgetTests.BudgetFixture fixture) : IClassFixture<SignInBudgetTests.BudgetFixture>
{
    private const int PerAddress = 6;
    private const int AccountFailures = 5;
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.1");

    public sealed class BudgetFixture : SqliteWebFixture
    {
        protected override IEnumerable<KeyValuePair<string, string?>> HostSettings() =>
        [
            .. base.HostSettings(),
            new("Jixiao:SignIn:PermitPerMinute", "3"),
            new("Jixiao:SignIn:PerAddressPerMinute", PerAddress.ToString(CultureInfo.InvariantCulture)),
            new("Jixiao:SignIn:AccountFailuresPerHour", AccountFailures.ToString(CultureInfo.InvariantCulture)),
            new("Jixiao:SignIn:GlobalFailuresPerMinute", "1000"),
            new("Jixiao:Proxy:KnownProxies", "10.0.0.1"),
        ];
    }

    [Fact]
    public async Task Spraying_one_password_over_many_names_from_one_address_is_stopped_at_the_address_limit()
    {
        var address = IPAddress.Parse("198.51.100.31");
        for (var i = 1; i <= PerAddress; i++)
            Assert.Equal(StatusCodes.Status401Unauthorized, (await SignInRequests.SendAsync(fixture, address, $"spray.{i}", "Password123!")).Status);

        var refused = await SignInRequests.SendAsync(fixture, address, fixture.User(Role.Administrator).UserName, WebFixture.DemoPassword);
        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Status);
        Assert.Equal(SignInRateLimiter.RefusedMessage, refused.Body.GetProperty("detail").GetString());
        Assert.Equal(StatusCodes.Status200OK, (await SignInRequests.SendAsync(fixture, IPAddress.Parse("198.51.100.32"), fixture.User(Role.Administrator).UserName, WebFixture.DemoPassword)).Status);
    }

    [Fact]
    public async Task Guessing_one_account_from_many_addresses_is_stopped_by_the_accounts_failure_budget()
    {
        var victim = fixture.Users.Where(u => u.Role == Role.UnitFiler).Skip(4).First();
        for (var i = 1; i <= AccountFailures; i++)
            Assert.Equal(StatusCodes.Status401Unauthorized, (await SignInRequests.SendAsync(fixture, IPAddress.Parse($"203.0.113.{i}"), victim.UserName, "猜" + i)).Status);

        var refused = await SignInRequests.SendAsync(fixture, IPAddress.Parse("203.0.113.99"), victim.UserName, WebFixture.DemoPassword);
        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Status);
        Assert.Equal(SignInRateLimiter.AccountRefusedMessage, refused.Body.GetProperty("detail").GetString());
        Assert.True(int.Parse(refused.RetryAfter!, CultureInfo.InvariantCulture) > 60, $"Retry-After {refused.RetryAfter} 应为本小时剩余时间");
        // Successes do not use the budget: another account is unaffected.
        Assert.Equal(StatusCodes.Status200OK, (await SignInRequests.SendAsync(fixture, IPAddress.Parse("203.0.113.99"), fixture.User(Role.FinanceReviewer).UserName, WebFixture.DemoPassword)).Status);
    }

    [Fact]
    public async Task The_sign_in_page_says_the_account_is_paused_when_its_failure_budget_is_used_up()
    {
        var victim = fixture.Users.Where(u => u.Role == Role.UnitFiler).Skip(5).First();
        for (var i = 1; i <= AccountFailures; i++)
            Assert.Equal(StatusCodes.Status401Unauthorized, (await SignInRequests.SendAsync(fixture, IPAddress.Parse($"203.0.113.{100 + i}"), victim.UserName, "猜" + i)).Status);

        using var client = fixture.Anonymous();
        var token = (await client.GetAsync<Jixiao.Web.Api.SessionApi.AntiforgeryResponse>("/api/antiforgery")).Token;
        var refused = await client.Http.PostAsync("/account/signin", new FormUrlEncodedContent(
        [
            new("userName", victim.UserName), new("password", WebFixture.DemoPassword), new("returnUrl", "/"), new("__RequestVerificationToken", token),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/signin?error=account", refused.Headers.Location?.OriginalString);
        var html = WebUtility.HtmlDecode(await (await client.GetAsync(refused.Headers.Location!.OriginalString)).Content.ReadAsStringAsync());
        Assert.Contains(SignInRateLimiter.AccountRefusedMessage, html);
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await client.GetAsync("/api/session"), "暂停期间不应登录");
    }

    [Fact]
    public async Task Behind_the_proxy_each_user_keeps_their_own_address_and_a_forged_header_from_elsewhere_is_ignored()
    {
        var user = fixture.Users.Where(u => u.Role == Role.DepartmentReviewer).Skip(1).First();
        // Someone behind the proxy uses up the per-address-and-name limit (3) for the user's name …
        for (var i = 1; i <= 3; i++)
            Assert.Equal(StatusCodes.Status401Unauthorized, (await SignInRequests.SendAsync(fixture, Proxy, user.UserName, "错" + i, forwardedFor: "192.0.2.10")).Status);
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await SignInRequests.SendAsync(fixture, Proxy, user.UserName, WebFixture.DemoPassword, forwardedFor: "192.0.2.10")).Status);
        // … the user, behind the same proxy at another address, still signs in.
        Assert.Equal(StatusCodes.Status200OK, (await SignInRequests.SendAsync(fixture, Proxy, user.UserName, WebFixture.DemoPassword, forwardedFor: "192.0.2.11")).Status);

        // A client that is not the proxy cannot escape its own count by sending X-Forwarded-For itself.
        var direct = IPAddress.Parse("198.51.100.77");
        var other = fixture.Users.Where(u => u.Role == Role.DepartmentReviewer).Skip(2).First();
        for (var i = 1; i <= 3; i++)
            Assert.Equal(StatusCodes.Status401Unauthorized, (await SignInRequests.SendAsync(fixture, direct, other.UserName, "错" + i, forwardedFor: $"192.0.2.{100 + i}")).Status);
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await SignInRequests.SendAsync(fixture, direct, other.UserName, WebFixture.DemoPassword, forwardedFor: "192.0.2.200")).Status);
    }

    [Fact]
    public void The_global_failure_budget_stops_every_sign_in_once_used_up()
    {
        using var limiter = new SignInRateLimiter(permitPerMinute: 100, perAddressPerMinute: 100, accountFailuresPerHour: 100, globalFailuresPerMinute: 4);
        for (var i = 0; i < 4; i++)
        {
            Assert.True(limiter.TryAttempt(Request($"198.51.100.{i + 1}"), $"name{i}", out _));
            limiter.RecordFailure($"name{i}");
        }
        Assert.False(limiter.TryAttempt(Request("192.0.2.1"), "someone.else", out var retryAfter, out var refusal));
        Assert.Equal(SignInRateLimiter.GlobalRefusedMessage, refusal);
        Assert.InRange(retryAfter, TimeSpan.FromTicks(1), TimeSpan.FromMinutes(1));
    }

    private static DefaultHttpContext Request(string address) => new() { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };
}
