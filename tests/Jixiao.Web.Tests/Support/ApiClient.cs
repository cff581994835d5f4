using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Web.Api;

namespace Jixiao.Web.Tests.Support;

/// <summary>One browser-like caller of the API with its own cookies (sign-in, antiforgery).</summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public HttpClient Http => http;

    /// <summary>The signed-in user as /api/session answered, or null for the public.</summary>
    internal SessionApi.SessionResponse? Me { get; private set; }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        var response = await http.PostAsJsonAsync("/api/session", new { userName, password });
        if (response.IsSuccessStatusCode) Me = await response.Content.ReadFromJsonAsync<SessionApi.SessionResponse>(Json);
        return response;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    public Task<HttpResponseMessage> PostAsync(string url, object? body = null) =>
        http.PostAsJsonAsync(url, body ?? new { }, Json);

    public Task<HttpResponseMessage> DeleteAsync(string url) => http.DeleteAsync(url);

    public Task<HttpResponseMessage> PutAsync(string url, object body, long? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is long version) request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return http.SendAsync(request);
    }

    /// <summary>Any method with an optional JSON body and If-Match (the drafting calls: POST/DELETE guarded by a row version).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body, long? ifMatch)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = JsonContent.Create(body, options: Json);
        if (ifMatch is long version) request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return http.SendAsync(request);
    }

    /// <summary>A multipart upload as a browser form sends it: field <c>file</c>, other fields, antiforgery header.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string url, byte[] bytes, string fileName,
        IReadOnlyDictionary<string, string>? fields = null, bool withAntiforgery = true)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>()) form.Add(new StringContent(value), name);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        if (withAntiforgery)
        {
            var token = await ReadAsync<SessionApi.AntiforgeryResponse>(await http.GetAsync("/api/antiforgery"));
            request.Headers.Add(token.HeaderName, token.Token);
        }
        return await http.SendAsync(request);
    }

    /// <summary>The body of a 2xx answer as T; any other status fails the test with the body in the message.</summary>
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public async Task<T> GetAsync<T>(string url) => await ReadAsync<T>(await http.GetAsync(url));

    /// <summary>Asserts the status; on mismatch shows the call and the body.</summary>
    public static async Task ExpectAsync(HttpStatusCode expected, HttpResponseMessage response, string? what = null)
    {
        if (response.StatusCode != expected)
            Assert.Fail($"{what}{(what is null ? "" : "：")}{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} 应为 {(int)expected}，" +
                        $"实为 {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The problem+json of a refusal; asserts the content type and a Chinese detail.</summary>
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var detail = problem.GetProperty("detail").GetString() ?? "";
        Assert.Contains(detail, c => c >= '\u4e00' && c <= '\u9fff');
        return problem;
    }

    public void Dispose() => http.Dispose();
}
