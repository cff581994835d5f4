using System.Net;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Security;
using Jixiao.Web.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Jixiao.Web.Tests;

/// <summary>
/// No cross-site writes (issue 19, item 2): a state-changing request that a browser marks as coming from another
/// origin — another site, or another port of the same host — is refused with 403 problem+json before anything is
/// done; the app's own pages, the user's own navigation and non-browser clients pass. (A real Chromium does the same
/// in tests/Jixiao.Web.E2E/CrossSiteWriteTests.cs.)
/// </summary>
public sealed class SameOriginWritesTests(SqliteWebFixture fixture) : IClassFixture<SqliteWebFixture>
{
    [Theory]
    [InlineData("same-site", null)]        // another port of this host, a sibling subdomain: the Lax cookie is still sent
    [InlineData("cross-site", null)]
    [InlineData(null, "http://localhost:5081")]  // an older browser: Origin of another port
    [InlineData(null, "http://evil.example")]
    [InlineData(null, "null")]             // a sandboxed frame or a data: page
    public async Task A_submit_from_another_origin_is_refused_with_403_in_Chinese_and_the_document_stays_a_draft(string? fetchSite, string? origin)
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var draft = await Scenario.ImportDraftAsync(fixture, filer);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{draft.Id}/submit");
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        if (origin is not null) request.Headers.Add("Origin", origin);
        var refused = await filer.Http.SendAsync(request);

        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, refused, "跨源送审");
        var problem = await ApiClient.ProblemAsync(refused);
        Assert.Equal("跨站请求被拒绝", problem.GetProperty("title").GetString());
        var document = await filer.GetAsync<Jixiao.Web.Api.DocumentResponse>($"/api/documents/{draft.Id}");
        Assert.Equal(WorkflowState.Draft, document.Summary.State);
    }

    [Theory]
    [InlineData("same-origin", null)]
    [InlineData(null, "http://localhost")] // the test server's own origin
    [InlineData(null, null)]               // not a browser: curl, scripts
    public async Task A_submit_from_the_apps_own_origin_or_a_non_browser_client_goes_through(string? fetchSite, string? origin)
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var draft = await Scenario.ImportDraftAsync(fixture, filer);

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{draft.Id}/submit") { Content = JsonContent() };
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        if (origin is not null) request.Headers.Add("Origin", origin);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await filer.Http.SendAsync(request), "本站送审");
    }

    [Fact]
    public async Task Reads_from_another_site_pass_but_sign_in_forms_and_circuit_sockets_from_another_site_do_not()
    {
        using var client = fixture.Anonymous();
        using (var read = new HttpRequestMessage(HttpMethod.Get, "/api/public/documents"))
        {
            read.Headers.Add("Sec-Fetch-Site", "cross-site");
            await ApiClient.ExpectAsync(HttpStatusCode.OK, await client.Http.SendAsync(read), "跨站读取公开文件");
        }
        using (var form = new HttpRequestMessage(HttpMethod.Post, "/account/signin") { Content = new FormUrlEncodedContent([new("userName", "x"), new("password", "y")]) })
        {
            form.Headers.Add("Sec-Fetch-Site", "same-site");
            var refused = await client.Http.SendAsync(form);
            await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, refused, "同站其他端口的登录表单");
            await ApiClient.ProblemAsync(refused);
        }
        using (var socket = new HttpRequestMessage(HttpMethod.Get, "/_blazor?id=x"))
        {
            socket.Headers.Add("Sec-Fetch-Site", "same-site");
            socket.Headers.Add("Upgrade", "websocket");
            socket.Headers.Add("Connection", "Upgrade");
            await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await client.Http.SendAsync(socket), "其他端口页面打开的 Blazor 连接");
        }
    }

    [Theory]
    [InlineData("http", "127.0.0.1:5080", "http://127.0.0.1:5080", true)]
    [InlineData("http", "127.0.0.1:5080", "http://127.0.0.1:5081", false)]
    [InlineData("http", "127.0.0.1:5080", "https://127.0.0.1:5080", false)]
    [InlineData("https", "jixiao.example.gov.cn", "https://jixiao.example.gov.cn", true)]
    [InlineData("https", "jixiao.example.gov.cn", "https://jixiao.example.gov.cn:443", true)]
    [InlineData("https", "jixiao.example.gov.cn", "https://other.example.gov.cn", false)]
    [InlineData("http", "[::1]:5080", "http://[::1]:5080", true)]
    [InlineData("http", "[::1]:5080", "http://[::1]:5081", false)]
    [InlineData("http", "127.0.0.1:5080", "http://127.0.0.1:5080/path", false)]
    public void The_origin_must_be_the_requests_own_scheme_host_and_port(string scheme, string host, string origin, bool own)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = scheme;
        request.Host = new HostString(host);
        Assert.Equal(own, SameOriginWrites.IsOwnOrigin(origin, request));
    }

    [Theory]
    [InlineData("POST", "same-origin", null, false)]
    [InlineData("POST", "none", null, false)]
    [InlineData("PUT", "same-site", null, true)]
    [InlineData("DELETE", "cross-site", "http://127.0.0.1:5080", true)] // Sec-Fetch-Site decides when present
    [InlineData("PATCH", null, "http://127.0.0.1:9999", true)]
    [InlineData("GET", "cross-site", null, false)]
    [InlineData("HEAD", "cross-site", null, false)]
    [InlineData("POST", null, null, false)]
    public void Only_state_changing_methods_from_another_origin_are_refused(string method, string? fetchSite, string? origin, bool refused)
    {
        var request = new DefaultHttpContext().Request;
        request.Method = method;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1:5080");
        if (fetchSite is not null) request.Headers["Sec-Fetch-Site"] = fetchSite;
        if (origin is not null) request.Headers.Origin = origin;
        Assert.Equal(refused, SameOriginWrites.Refuses(request));
    }

    private static StringContent JsonContent() => new("{}", System.Text.Encoding.UTF8, "application/json");
}
