namespace Jixiao.Web.Security;

/// <summary>
/// Headers on every response: no MIME sniffing, no framing by another site (clickjacking), no referrer to other sites,
/// a Content-Security-Policy that allows only this site's scripts (Blazor's and MudBlazor's files; no inline script,
/// no eval), and <c>Cache-Control: no-store</c> on API answers so a shared computer's cache keeps no unit's data.
/// </summary>
internal static class ResponseHardening
{
    /// <summary>
    /// Inline styles are allowed because MudBlazor sets style attributes on its components; scripts are not. The circuit's
    /// WebSocket is same-origin, which 'self' covers for ws:/wss: in CSP Level 3.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseResponseHardening(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/openapi"))
                headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next(http);
    });
}
