namespace Jixiao.Web.Security;

/// <summary>
/// No cross-site writes (跨站写入): every state-changing request — any method but GET/HEAD/OPTIONS/TRACE, and a
/// WebSocket upgrade (the Blazor circuit) — must come from this site's own origin, or it is refused with 403
/// problem+json before authentication, the endpoint or the body are looked at.
/// </summary>
/// <remarks>
/// The decision, in order (the same as Go 1.25's CrossOriginProtection):
/// <list type="number">
/// <item><c>Sec-Fetch-Site</c> present (every current browser sends it): only <c>same-origin</c> and <c>none</c> (the
/// user's own navigation) pass; <c>same-site</c> — another port of the same host, a sibling subdomain, which the Lax
/// cookie does not stop — and <c>cross-site</c> are refused.</item>
/// <item>Otherwise <c>Origin</c> present (older browsers): it must be exactly this request's scheme://host:port.</item>
/// <item>Neither header: not a browser (curl, scripts, the tests' HttpClient), and a request a browser page cannot
/// make — a page cannot stop the browser from sending them. Allowed: such a client holds the cookie because it signed
/// in itself, so there is nobody to forge a request for.</item>
/// </list>
/// Behind a TLS proxy the scheme is the forwarded one (a known proxy's X-Forwarded-Proto), and the proxy must pass the
/// Host header through; see docs/SECURITY.md.
/// </remarks>
internal static class SameOriginWrites
{
    public const string RefusedTitle = "跨站请求被拒绝";

    public const string RefusedDetail = "修改数据的请求只接受本站页面发出的；此请求来自其他网站或同一主机的其他端口，已拒绝（防止跨站请求伪造）。";

    public static IApplicationBuilder UseSameOriginWrites(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (Refuses(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            http.Response.Headers.CacheControl = "no-store";
            await http.Response.WriteAsJsonAsync(
                new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 403, Title = RefusedTitle, Detail = RefusedDetail },
                (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
            return;
        }
        await next(http);
    });

    /// <summary>True when the request changes state and does not come from this site's own origin.</summary>
    public static bool Refuses(HttpRequest request)
    {
        if (!ChangesState(request)) return false;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0) return site is not ("same-origin" or "none");
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return false;
        return !IsOwnOrigin(origin, request);
    }

    private static bool ChangesState(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        || request.Headers.Upgrade.ToString().Contains("websocket", StringComparison.OrdinalIgnoreCase);

    /// <summary>Origin (scheme://host[:port], as the browser sends it) equal to the request's own; "null" never is.</summary>
    internal static bool IsOwnOrigin(string origin, HttpRequest request)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || !request.Host.HasValue) return false;
        var scheme = request.Scheme;
        var port = request.Host.Port ?? (string.Equals(scheme, "https", StringComparison.OrdinalIgnoreCase) ? 443 : 80);
        return string.Equals(uri.Scheme, scheme, StringComparison.OrdinalIgnoreCase)
               && string.Equals(uri.IdnHost.Trim('[', ']'), request.Host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)
               && uri.Port == port;
    }
}
