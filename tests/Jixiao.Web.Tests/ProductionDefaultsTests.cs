using System.Net;
using System.Text;
using System.Text.Json;
using Jixiao.Data.Security;
using Jixiao.Web.Demo;
using Jixiao.Web.Setup;
using Jixiao.Web.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;

namespace Jixiao.Web.Tests;

/// <summary>
/// A host in the Production environment behind one configured proxy (10.0.0.1), as a deployment runs (issue 19,
/// item 4): hardening headers on every answer, OpenAPI only for signed-in users, forwarded headers believed only from
/// the proxy (then Secure cookie and HSTS), problem+json for the framework's own refusals, the first administrator
/// by command with no password printed, no demo data.
/// </summary>
public sealed class ProductionDefaultsTests(ProductionDefaultsTests.ProductionFixture fixture) : IClassFixture<ProductionDefaultsTests.ProductionFixture>
{
    public const string Proxy = "10.0.0.1";

    public sealed class ProductionFixture : SqliteWebFixture
    {
        protected override string HostEnvironment => "Production";

        protected override IEnumerable<KeyValuePair<string, string?>> HostSettings() =>
            [.. base.HostSettings(), new("Jixiao:Proxy:KnownProxies", Proxy)];
    }

    [Theory]
    [InlineData("/signin")]
    [InlineData("/api/public/documents")]
    [InlineData("/api/no-such-endpoint")]
    public async Task Every_answer_carries_the_hardening_headers_and_API_answers_are_not_stored(string path)
    {
        using var client = fixture.Anonymous();
        var response = await client.GetAsync(path);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        if (path.StartsWith("/api", StringComparison.Ordinal)) Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task The_OpenAPI_description_is_only_for_signed_in_users()
    {
        using var anonymous = fixture.Anonymous();
        var refused = await anonymous.GetAsync("/openapi/v1.json");
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, refused, "未登录读取 OpenAPI");
        await ApiClient.ProblemAsync(refused);

        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var response = await filer.GetAsync("/openapi/v1.json");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, response);
        Assert.Contains("/api/documents", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Behind_the_configured_TLS_proxy_the_cookie_is_Secure_and_HSTS_is_sent_but_not_for_anyone_else_claiming_it()
    {
        var user = fixture.User(Role.FinanceReviewer);
        var viaProxy = await SignInAsync(IPAddress.Parse(Proxy), user.UserName);
        Assert.Equal(StatusCodes.Status200OK, viaProxy.StatusCode);
        Assert.Contains("secure", viaProxy.Headers.SetCookie.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("max-age=31536000", viaProxy.Headers.StrictTransportSecurity.ToString());

        // The same headers from an address that is not the proxy are the client's own claim: ignored.
        var spoofed = await SignInAsync(IPAddress.Parse("203.0.113.50"), user.UserName);
        Assert.Equal(StatusCodes.Status200OK, spoofed.StatusCode);
        Assert.DoesNotContain("secure", spoofed.Headers.SetCookie.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(spoofed.Headers.StrictTransportSecurity.ToString());
    }

    [Theory]
    [InlineData("GET", "/api/documents?fiscalYear=abc", 400, "请求有误")]
    [InlineData("GET", "/api/documents/abc", 404, "未找到")]
    [InlineData("GET", "/api/no-such-endpoint", 404, "未找到")]
    [InlineData("DELETE", "/api/public/documents", 405, "请求方法不支持")]
    public async Task The_frameworks_own_refusals_are_problem_json_with_a_Chinese_title(string method, string url, int status, string title)
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var response = await filer.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        Assert.Equal(status, (int)response.StatusCode);
        var problem = await ApiClient.ProblemAsync(response);
        Assert.Equal(title, problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_first_administrator_is_created_by_command_with_the_password_read_not_printed()
    {
        const string password = "Diyi-Guanliyuan-2026";
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CreateAdminCommand.RunAsync(fixture.Factory.Services,
            ["create-admin", "--code", "990100", "--jurisdiction", "某某新区", "--user", "root.990100", "--name", "新区管理员"],
            new StringReader(password + "\n"), output, error);

        Assert.True(code == 0, error.ToString());
        Assert.Contains("已创建系统管理员“root.990100”", output.ToString());
        Assert.DoesNotContain(password, output.ToString() + error.ToString());
        using var admin = fixture.Anonymous();
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await admin.SignInAsync("root.990100", password));
        Assert.Equal(Role.Administrator, admin.Me!.Role);

        var again = await CreateAdminCommand.RunAsync(fixture.Factory.Services, ["create-admin", "--code", "990100", "--user", "root.990100"],
            new StringReader("Another-Password-1\n"), output, error);
        Assert.Equal(2, again);
        Assert.Contains("已存在", error.ToString());
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await fixture.Anonymous().SignInAsync("root.990100", password), "已有用户的密码不变");

        var tooShort = await CreateAdminCommand.RunAsync(fixture.Factory.Services, ["create-admin", "--code", "990100", "--user", "root2.990100"],
            new StringReader("short\n"), output, error);
        Assert.Equal(2, tooShort);
        Assert.Contains("至少需要 10 个字符", error.ToString());
    }

    [Fact]
    public async Task Demo_data_is_refused_in_Production_and_benchmark_data_prints_no_password_there()
    {
        var settings = new Dictionary<string, string?>(fixture.Settings) { ["Jixiao:Demo:Enabled"] = "true" };
        await using (var demo = new JixiaoWebFactory(settings, "Production"))
        {
            var failure = Record.Exception(() => demo.Server);
            Assert.NotNull(failure);
            Assert.Contains("生产环境", MessagesOf(failure));
        }

        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [DemoScale.Setting] = "2x2" }).Build();
        var output = new StringWriter();
        await DemoScale.GenerateIfConfiguredAsync(fixture.Factory.Services, config, output, printPassword: false);
        Assert.Contains("用户名：finance.S", output.ToString());
        Assert.DoesNotContain(WebFixture.DemoPassword, output.ToString());
    }

    private static string MessagesOf(Exception? exception)
    {
        var text = new StringBuilder();
        for (; exception is not null; exception = exception.InnerException) text.AppendLine(exception.Message);
        return text.ToString();
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(",", content) : "";

    /// <summary>POST /api/session as a connection from <paramref name="socket"/> saying it forwards an HTTPS request.</summary>
    private async Task<HttpResponse> SignInAsync(IPAddress socket, string userName)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { userName, password = WebFixture.DemoPassword });
        var context = await fixture.Factory.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = socket;
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/api/session";
            http.Request.Host = new HostString("jixiao.example.gov.cn"); // HSTS is never sent for localhost
            http.Request.Headers["X-Forwarded-For"] = "198.51.100.9";
            http.Request.Headers["X-Forwarded-Proto"] = "https";
            http.Request.ContentType = "application/json";
            http.Request.ContentLength = body.Length;
            http.Request.Body = new MemoryStream(body);
            http.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
        });
        return context.Response;
    }

    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}
