using System.Net;
using System.Text;
using System.Text.Json;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Security;
using Jixiao.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Jixiao.Web.Tests;

/// <summary>
/// Sign-in attempts are limited per client address and user name (Jixiao:SignIn:PermitPerMinute, here 10): the 11th
/// attempt in the minute is refused with 429 and a Chinese message, even with the right password; another name or
/// another address is not affected; the sign-in page says the same in Chinese.
/// </summary>
public sealed class SignInLimitTests(SignInLimitTests.LimitedFixture fixture) : IClassFixture<SignInLimitTests.LimitedFixture>
{
    private const int Limit = 10;

    /// <summary>A host whose limit is set by configuration, as an operator would.</summary>
    public sealed class LimitedFixture : SqliteWebFixture
    {
        protected override IEnumerable<KeyValuePair<string, string?>> HostSettings() =>
            [.. base.HostSettings(), new("Jixiao:SignIn:PermitPerMinute", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }

    [Fact]
    public async Task The_eleventh_attempt_is_refused_with_429_in_Chinese_even_with_the_right_password()
    {
        var user = fixture.User(Role.UnitFiler);
        var address = IPAddress.Parse("198.51.100.11");
        for (var attempt = 1; attempt <= Limit; attempt++)
            Assert.Equal(StatusCodes.Status401Unauthorized, (await SignInFromAsync(address, user.UserName, "错误的密码" + attempt)).Status);

        var refused = await SignInFromAsync(address, user.UserName, WebFixture.DemoPassword);
        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Status);
        Assert.Equal("application/problem+json", refused.ContentType?.Split(';')[0]);
        Assert.Equal("登录尝试过于频繁，请 1 分钟后再试。", refused.Body.GetProperty("detail").GetString());
        Assert.Equal("请求过于频繁", refused.Body.GetProperty("title").GetString());
        Assert.True(int.Parse(refused.RetryAfter!, System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60, $"Retry-After: {refused.RetryAfter}");
        Assert.Null(refused.SetCookie);
    }

    [Fact]
    public async Task Another_user_name_or_another_address_is_not_affected()
    {
        var limited = fixture.User(Role.DepartmentReviewer);
        var other = fixture.User(Role.FinanceReviewer);
        var address = IPAddress.Parse("198.51.100.22");
        // Successful attempts count too: the limit is on attempts, not failures.
        for (var attempt = 1; attempt <= Limit; attempt++)
            Assert.Equal(StatusCodes.Status200OK, (await SignInFromAsync(address, limited.UserName, WebFixture.DemoPassword)).Status);
        Assert.Equal(StatusCodes.Status429TooManyRequests, (await SignInFromAsync(address, limited.UserName, WebFixture.DemoPassword)).Status);

        Assert.Equal(StatusCodes.Status200OK, (await SignInFromAsync(address, other.UserName, WebFixture.DemoPassword)).Status);
        Assert.Equal(StatusCodes.Status200OK, (await SignInFromAsync(IPAddress.Parse("203.0.113.7"), limited.UserName, WebFixture.DemoPassword)).Status);
        Assert.Equal(StatusCodes.Status200OK, (await SignInFromAsync(IPAddress.Parse("2001:db8::7"), limited.UserName, WebFixture.DemoPassword)).Status);
    }

    [Fact]
    public async Task The_sign_in_form_past_the_limit_returns_to_the_page_with_the_Chinese_message()
    {
        var user = fixture.User(Role.Administrator);
        using var client = fixture.Anonymous();
        for (var attempt = 1; attempt <= Limit; attempt++)
        {
            var wrong = await PostFormAsync(client, user.UserName, "错" + attempt);
            Assert.StartsWith("/signin?error=1", wrong.Headers.Location?.OriginalString);
        }

        var refused = await PostFormAsync(client, user.UserName, WebFixture.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/signin?error=limited&returnUrl=%2Fdocuments", refused.Headers.Location?.OriginalString);
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await client.GetAsync("/api/session"), "超限后不应登录");

        var page = await client.GetAsync(refused.Headers.Location!.OriginalString);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, page);
        // Text from code is HTML-encoded (&#x…;) in the static page; the browser shows it decoded.
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("登录尝试过于频繁，请 1 分钟后再试。", html);
        Assert.DoesNotContain("用户名或密码不正确", html);
    }

    [Fact]
    public void A_limit_below_one_is_refused_when_the_limiter_is_built()
    {
        var refusal = Assert.Throws<ArgumentOutOfRangeException>(() => new SignInRateLimiter(0));
        Assert.Contains("Jixiao:SignIn:PermitPerMinute", refusal.Message);
    }

    private sealed record Answer(int Status, string? ContentType, JsonElement Body, string? RetryAfter, string? SetCookie);

    /// <summary>POST /api/session as a client at <paramref name="address"/> (the in-memory server lets the test set it).</summary>
    private async Task<Answer> SignInFromAsync(IPAddress address, string userName, string password)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new SessionApi.SessionRequest(userName, password), ApiClient.Json);
        var context = await fixture.Factory.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = address;
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/api/session";
            http.Request.ContentType = "application/json";
            http.Request.ContentLength = body.Length;
            http.Request.Body = new MemoryStream(body);
            // Built by hand, the request does not say it has a body; minimal APIs read JSON only from one that does.
            http.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
        });
        var text = await new StreamReader(context.Response.Body, Encoding.UTF8).ReadToEndAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new Answer(context.Response.StatusCode, context.Response.ContentType, json,
            context.Response.Headers.RetryAfter.FirstOrDefault(), context.Response.Headers.SetCookie.FirstOrDefault());
    }

    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(ApiClient client, string userName, string password)
    {
        var token = (await client.GetAsync<SessionApi.AntiforgeryResponse>("/api/antiforgery")).Token;
        return await client.Http.PostAsync("/account/signin", new FormUrlEncodedContent(
        [
            new("userName", userName), new("password", password), new("returnUrl", "/documents"), new("__RequestVerificationToken", token),
        ]));
    }
}
