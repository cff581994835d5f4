using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Security;

/// <summary>
/// Cookie challenges for API paths answer 401/403 with a Chinese problem+json instead of redirecting to the sign-in
/// page: a program calling the API cannot follow a redirect to an HTML form.
/// </summary>
internal static class ApiCookieEvents
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");

    public static void Configure(CookieAuthenticationEvents events)
    {
        events.OnRedirectToLogin = context => IsApi(context.Request)
            ? WriteAsync(context, StatusCodes.Status401Unauthorized, "需要登录", "请先登录（POST /api/session）再调用此接口。")
            : Redirect(context);
        events.OnRedirectToAccessDenied = context => IsApi(context.Request)
            ? WriteAsync(context, StatusCodes.Status403Forbidden, "无权执行此操作", "当前用户无权调用此接口。")
            : Redirect(context);
    }

    private static Task Redirect(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static Task WriteAsync(RedirectContext<CookieAuthenticationOptions> context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
