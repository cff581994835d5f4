using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Security;
using Microsoft.AspNetCore.Antiforgery;

namespace Jixiao.Web.Api;

/// <summary>Sign-in for API clients (登录会话): JSON in, the same cookie the web pages use out.</summary>
internal static class SessionApi
{
    /// <summary>User name and password.</summary>
    public sealed record SessionRequest(string? UserName, string? Password);

    /// <summary>The signed-in user with the Chinese name of the role.</summary>
    public sealed record SessionResponse(int UserId, string UserName, string DisplayName, Role Role, string RoleName,
        int JurisdictionId, int? DepartmentId, int? BudgetUnitId)
    {
        public static SessionResponse Of(Actor a) =>
            new(a.UserId, a.UserName, a.DisplayName, a.Role, a.Role.ToChinese(), a.JurisdictionId, a.DepartmentId, a.BudgetUnitId);
    }

    /// <summary>An antiforgery token for multipart uploads, to send in the named header.</summary>
    public sealed record AntiforgeryResponse(string HeaderName, string Token);

    public static void Map(RouteGroupBuilder api)
    {
        var session = api.MapGroup("/session").WithTags("登录");
        session.MapPost("/", SignInAsync).WithName("SignIn").WithSummary("登录（设置会话 Cookie）")
            .WithDescription("用户名和密码正确时返回当前用户并设置 Cookie；否则 401。同一地址、同一用户名每分钟最多尝试 " +
                             "Jixiao:SignIn:PermitPerMinute 次（默认 10 次，成功与否都计），同一地址每分钟最多 30 次，同一用户名每小时最多失败 30 次，" +
                             "全系统每分钟最多失败 200 次；超过后 429，并在 Retry-After 中给出等待秒数。")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        session.MapGet("/", GetAsync).WithName("GetSession").WithSummary("当前登录用户")
            .RequireAuthorization().AddEndpointFilter<SignedInFilter>();
        session.MapDelete("/", SignOutAsync).WithName("SignOut").WithSummary("退出登录")
            .WithDescription("结束服务端会话：此后同一 Cookie（包括其副本）一律 401。");

        api.MapGet("/antiforgery", GetAntiforgery).WithTags("登录").WithName("GetAntiforgeryToken")
            .WithSummary("获取上传文件所需的防伪令牌")
            .WithDescription("登录后调用；导入接口（multipart）须在请求头 X-CSRF-TOKEN 中带上此令牌。");
    }

    private static async Task<IResult> SignInAsync(SessionRequest request, JixiaoStore store, SignInRateLimiter limiter, SessionCookie session, HttpContext http, CancellationToken ct)
    {
        // Counted before the password is checked: past the limit a right password is refused too, so it tells nothing.
        if (!limiter.TryAttempt(http, request.UserName, out var retryAfter, out var refusal))
        {
            http.Response.Headers.RetryAfter = SignInRateLimiter.RetryAfterSeconds(retryAfter);
            return ApiProblems.Of(StatusCodes.Status429TooManyRequests, refusal);
        }
        var actor = string.IsNullOrWhiteSpace(request.UserName) || string.IsNullOrEmpty(request.Password)
            ? null
            : await store.SignInAsync(request.UserName.Trim(), request.Password, ct);
        if (actor is null)
        {
            limiter.RecordFailure(request.UserName);
            return ApiProblems.Of(StatusCodes.Status401Unauthorized, "用户名或密码不正确。");
        }
        await session.SignInAsync(http, actor);
        return TypedResults.Ok(SessionResponse.Of(actor));
    }

    private static IResult GetAsync(HttpContext http) => TypedResults.Ok(SessionResponse.Of(SignedInFilter.ActorOf(http)));

    // Two parameters on purpose: a handler taking only HttpContext and returning a Task binds as a RequestDelegate,
    // and its result (204) would be ignored. The server-side session ends, so a copy of the cookie is refused too.
    private static async Task<IResult> SignOutAsync(HttpContext http, SessionCookie session)
    {
        await session.SignOutAsync(http);
        return TypedResults.NoContent();
    }

    private static IResult GetAntiforgery(IAntiforgery antiforgery, HttpContext http)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return TypedResults.Ok(new AntiforgeryResponse(tokens.HeaderName ?? SecurityServices.AntiforgeryHeader, tokens.RequestToken ?? ""));
    }
}
