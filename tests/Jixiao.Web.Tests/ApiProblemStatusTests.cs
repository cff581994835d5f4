using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// Issue 19 item 7, "problem+json for every 4xx", on real Kestrel (whose body limits answer 413 before the endpoint
/// runs): each client error of the API, including an over-size JSON body and an over-size upload, is
/// application/problem+json with a Chinese title and a Chinese detail that says what to change.
/// </summary>
public sealed class ApiProblemStatusTests(KestrelSqliteWebFixture fixture) : IClassFixture<KestrelSqliteWebFixture>
{
    [Fact]
    public async Task Every_client_error_of_the_API_is_problem_json_in_Chinese()
    {
        using var anonymous = fixture.Anonymous();
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var (_, indicator) = await Scenario.FirstIndicatorAsync(filer, document.Id);
        var indicatorUrl = $"/api/indicators/{indicator.Id}";

        var cases = new List<(string What, HttpStatusCode Status, Func<Task<HttpResponseMessage>> Send, string? DetailPart)>
        {
            ("JSON 格式错误", HttpStatusCode.BadRequest, () => SendRawAsync(filer, HttpMethod.Put, indicatorUrl, "{\"value\": ", "application/json", indicator.RowVersion), null),
            ("查询参数类型错误", HttpStatusCode.BadRequest, () => filer.GetAsync("/api/documents?fiscalYear=今年"), null),
            ("未登录", HttpStatusCode.Unauthorized, () => anonymous.GetAsync("/api/documents"), "登录"),
            ("非管理员看会话", HttpStatusCode.Forbidden, () => filer.GetAsync("/api/user-sessions"), "系统管理员"),
            ("没有的接口", HttpStatusCode.NotFound, () => filer.GetAsync("/api/no-such-thing"), null),
            ("没有的文档", HttpStatusCode.NotFound, () => filer.GetAsync("/api/documents/987654"), "987654"),
            ("不支持的方法", HttpStatusCode.MethodNotAllowed, () => SendRawAsync(filer, HttpMethod.Delete, "/api/documents", null, null), null),
            ("草稿不能审核", HttpStatusCode.Conflict, () => filer.PostAsync($"/api/documents/{document.Id}/approve"), null),
            ("JSON 超过 256 KB", HttpStatusCode.RequestEntityTooLarge,
                () => filer.PutAsync(indicatorUrl, new { description = new string('长', 200 * 1024) }, ifMatch: indicator.RowVersion), "256 KB"),
            ("上传超过 1 MB", HttpStatusCode.RequestEntityTooLarge,
                () => filer.UploadAsync("/api/import/preview", new byte[1536 * 1024], "太大.txt"), "1 MB"),
            ("请求体不是 JSON", HttpStatusCode.UnsupportedMediaType, () => SendRawAsync(filer, HttpMethod.Put, indicatorUrl, "value=1", "text/plain", indicator.RowVersion), null),
            ("分页参数错误", HttpStatusCode.UnprocessableEntity, () => filer.GetAsync("/api/documents?page=0"), "页码"),
            ("缺少版本号", HttpStatusCode.PreconditionRequired, () => filer.PutAsync(indicatorUrl, new { value = "1" }), null),
        };
        foreach (var (what, status, send, detailPart) in cases)
        {
            using var response = await send();
            await ApiClient.ExpectAsync(status, response, what);
            Assert.True(response.Content.Headers.ContentType?.MediaType == "application/problem+json",
                $"{what}：{(int)status} 的内容类型为 {response.Content.Headers.ContentType}，应为 application/problem+json");
            var problem = await ApiClient.ProblemAsync(response);
            Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
            Assert.True(HasChinese(problem.GetProperty("title").GetString()), $"{what}：标题不是中文：{problem}");
            if (detailPart is not null) Assert.Contains(detailPart, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        // Nothing of the refused writes was stored.
        var (_, unchanged) = await Scenario.FirstIndicatorAsync(filer, document.Id);
        Assert.Equal(indicator.RowVersion, unchanged.RowVersion);
    }

    private static async Task<HttpResponseMessage> SendRawAsync(ApiClient client, HttpMethod method, string url, string? body, string? contentType, long? ifMatch = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, contentType ?? "application/json");
        if (ifMatch is long version) request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return await client.Http.SendAsync(request);
    }

    private static bool HasChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
