using Jixiao.Data.Security;
using Jixiao.Web.Security;

namespace Jixiao.Web.Api;

/// <summary>
/// Resolves the signed-in <see cref="Actor"/> once per API call. A cookie whose user no longer exists gets 401, like no
/// cookie at all. What the actor may do is decided by the store, never here.
/// </summary>
internal sealed class SignedInFilter : IEndpointFilter
{
    private static readonly object ItemKey = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var actor = await http.RequestServices.GetRequiredService<CurrentActor>().GetAsync(http.RequestAborted);
        if (actor is null)
            return ApiProblems.Of(StatusCodes.Status401Unauthorized, "登录已失效或用户已不存在，请重新登录（POST /api/session）。");
        http.Items[ItemKey] = actor;
        return await next(context);
    }

    /// <summary>The actor the filter resolved for this request.</summary>
    public static Actor ActorOf(HttpContext http) =>
        http.Items[ItemKey] as Actor ?? throw new InvalidOperationException("SignedInFilter did not run for this endpoint.");
}
