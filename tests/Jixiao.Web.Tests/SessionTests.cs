using System.Net;
using System.Text.Json;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>Sign-in and sign-out, by JSON for API clients and by form for the pages; the OpenAPI description.</summary>
public sealed class SessionTests(SqliteWebFixture fixture) : IClassFixture<SqliteWebFixture>
{
    [Fact]
    public async Task Json_session_signs_in_reports_the_role_in_Chinese_and_signs_out()
    {
        using var client = fixture.Anonymous();
        var user = fixture.User(Role.DepartmentReviewer);

        var wrong = await client.SignInAsync(user.UserName, "错误的密码");
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, wrong);
        await ApiClient.ProblemAsync(wrong);

        await ApiClient.ExpectAsync(HttpStatusCode.OK, await client.SignInAsync(user.UserName, WebFixture.DemoPassword));
        var me = await client.GetAsync<SessionApi.SessionResponse>("/api/session");
        Assert.Equal(user.UserName, me.UserName);
        Assert.Equal("部门审核人", me.RoleName);

        await ApiClient.ExpectAsync(HttpStatusCode.NoContent, await client.Http.DeleteAsync("/api/session"));
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await client.GetAsync("/api/session"));
    }

    [Fact]
    public async Task Form_sign_in_checks_the_antiforgery_token_and_redirects_only_within_the_site()
    {
        var user = fixture.User(Role.UnitFiler);

        using (var client = fixture.Anonymous())
        {
            var noToken = await client.Http.PostAsync("/account/signin", Form(user.UserName, WebFixture.DemoPassword, "/", token: null));
            Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
            await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await client.GetAsync("/api/session"));
        }
        using (var client = fixture.Anonymous())
        {
            var wrong = await client.Http.PostAsync("/account/signin", Form(user.UserName, "错", "/projects", await TokenAsync(client)));
            Assert.Equal(HttpStatusCode.Redirect, wrong.StatusCode);
            Assert.StartsWith("/signin?error=1", wrong.Headers.Location?.OriginalString);
        }
        using (var client = fixture.Anonymous())
        {
            var offsite = await client.Http.PostAsync("/account/signin", Form(user.UserName, WebFixture.DemoPassword, "//evil.example/x", await TokenAsync(client)));
            Assert.Equal("/", offsite.Headers.Location?.OriginalString);
        }
        using (var client = fixture.Anonymous())
        {
            var signedIn = await client.Http.PostAsync("/account/signin", Form(user.UserName, WebFixture.DemoPassword, "/documents?year=2025", await TokenAsync(client)));
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/documents?year=2025", signedIn.Headers.Location?.OriginalString);
            var me = await client.GetAsync<SessionApi.SessionResponse>("/api/session");
            Assert.Equal(user.UserName, me.UserName);

            var signedOut = await client.Http.PostAsync("/account/signout", new FormUrlEncodedContent(
                [new("__RequestVerificationToken", await TokenAsync(client))]));
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
            await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await client.GetAsync("/api/session"));
        }
    }

    [Fact]
    public async Task OpenApi_document_lists_the_endpoints_with_Chinese_summaries()
    {
        using var client = fixture.Anonymous();
        var response = await client.GetAsync("/openapi/v1.json");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, response);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");

        foreach (var path in new[]
                 {
                     "/api/session", "/api/documents", "/api/documents/{documentId}", "/api/documents/{documentId}/json",
                     "/api/documents/{documentId}/versions", "/api/documents/{documentId}/diff", "/api/documents/{documentId}/audit",
                     "/api/documents/{documentId}/findings", "/api/findings/{findingId}/accept", "/api/projects/{projectId}",
                     "/api/indicators/{indicatorId}", "/api/import/preview", "/api/import", "/api/documents/{documentId}/submit",
                     "/api/documents/{documentId}/return", "/api/documents/{documentId}/approve", "/api/documents/{documentId}/publish",
                     "/api/public/documents", "/api/public/documents/{documentId}",
                 })
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI 缺少 {path}");
        var summary = paths.GetProperty("/api/indicators/{indicatorId}").GetProperty("put").GetProperty("summary").GetString();
        Assert.StartsWith("修改绩效指标", summary);
        Assert.False(paths.TryGetProperty("/account/signin", out _), "表单登录不是 API");
    }

    private static async Task<string> TokenAsync(ApiClient client) =>
        (await client.GetAsync<SessionApi.AntiforgeryResponse>("/api/antiforgery")).Token;

    private static FormUrlEncodedContent Form(string userName, string password, string returnUrl, string? token)
    {
        var fields = new List<KeyValuePair<string, string>> { new("userName", userName), new("password", password), new("returnUrl", returnUrl) };
        if (token is not null) fields.Add(new("__RequestVerificationToken", token));
        return new FormUrlEncodedContent(fields);
    }
}
