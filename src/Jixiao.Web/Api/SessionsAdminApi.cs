using Jixiao.Data.Security;
using Jixiao.Web.Security;

namespace Jixiao.Web.Api;

/// <summary>
/// Ending sessions on purpose: 修改密码 (every session of the user ends; the caller gets a new one) and the
/// administrator's 全部下线 for a user of their jurisdiction. Both apply at once to every copy of the cookies.
/// </summary>
internal static class SessionsAdminApi
{
    /// <summary>The current password and the new one (at least 10 characters).</summary>
    public sealed record PasswordChange(string? CurrentPassword, string? NewPassword);

    /// <summary>How many sessions were ended.</summary>
    public sealed record SessionsEnded(int UserId, int Ended);

    public static void Map(RouteGroupBuilder signedIn)
    {
        signedIn.MapPost("/session/password", ChangePasswordAsync).WithTags("登录").WithName("ChangePassword")
            .WithSummary("修改密码（结束本用户的全部会话）")
            .WithDescription("当前密码正确且新密码至少 10 个字符时修改密码；该用户所有已登录的会话立即失效，本次请求获得新的 Cookie。")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        signedIn.MapGet("/user-sessions", ListAsync).WithTags("用户管理").WithName("ListUserSessions")
            .WithSummary("本辖区用户及其有效的登录会话数（系统管理员），按用户名分页")
            .WithDescription("其他角色 403。" + PagedResponse.Description)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        signedIn.MapDelete("/users/{userId:int}/sessions", EndAllAsync).WithTags("用户管理").WithName("EndUserSessions")
            .WithSummary("让用户全部下线（系统管理员）")
            .WithDescription("结束该用户的全部会话；只限本辖区的用户。其他角色 403，其他辖区或不存在的用户 404。")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ChangePasswordAsync(PasswordChange change, UserSessions sessions, SessionCookie cookie, HttpContext http, CancellationToken ct)
    {
        var actor = SignedInFilter.ActorOf(http);
        await sessions.ChangePasswordAsync(actor, change.CurrentPassword, change.NewPassword, ct);
        cookie.Forget();
        await cookie.SignInAsync(http, actor);
        return TypedResults.NoContent();
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Ok<IReadOnlyList<UserSessionsView>>> ListAsync(int? page, int? pageSize,
        SessionDirectory directory, HttpContext http, CancellationToken ct) =>
        PagedResponse.Ok(http, await directory.ListAsync(SignedInFilter.ActorOf(http), PagedResponse.RequestOf(page, pageSize), ct));

    private static async Task<IResult> EndAllAsync(int userId, UserSessions sessions, SessionCookie cookie, HttpContext http, CancellationToken ct)
    {
        var ended = await sessions.EndAllByAdministratorAsync(SignedInFilter.ActorOf(http), userId, ct);
        cookie.Forget();
        return TypedResults.Ok(new SessionsEnded(userId, ended));
    }
}
