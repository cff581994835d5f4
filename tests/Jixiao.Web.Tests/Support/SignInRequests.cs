using System.Net;
using System.Text;
using System.Text.Json;
using Jixiao.Web.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Jixiao.Web.Tests.Support;

/// <summary>POST /api/session from a chosen socket address, optionally through a proxy's X-Forwarded-For (the in-memory server lets a test set both).</summary>
public static class SignInRequests
{
    public sealed record Answer(int Status, JsonElement Body, string? RetryAfter);

    public static async Task<Answer> SendAsync(WebFixture fixture, IPAddress socket, string userName, string password, string? forwardedFor = null)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new SessionApi.SessionRequest(userName, password), ApiClient.Json);
        var context = await fixture.Factory.Server.SendAsync(http =>
        {
            http.Connection.RemoteIpAddress = socket;
            http.Request.Method = HttpMethods.Post;
            http.Request.Path = "/api/session";
            if (forwardedFor is not null) http.Request.Headers["X-Forwarded-For"] = forwardedFor;
            http.Request.ContentType = "application/json";
            http.Request.ContentLength = body.Length;
            http.Request.Body = new MemoryStream(body);
            // Built by hand, the request does not say it has a body; minimal APIs read JSON only from one that does.
            http.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
        });
        var text = await new StreamReader(context.Response.Body, Encoding.UTF8).ReadToEndAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new Answer(context.Response.StatusCode, json, context.Response.Headers.RetryAfter.FirstOrDefault());
    }

    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}
