using Jixiao.Data.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace Jixiao.Web.Security;

/// <summary>
/// Who is asking (当前用户): the signed-in user's <see cref="Actor"/>, or null for the public (公众).
/// Scoped; used by the API and by Blazor components. The principal comes from the
/// <see cref="AuthenticationStateProvider"/>, which works inside interactive server circuits (where HttpContext is
/// absent or stale); plain HTTP requests hand their cookie principal to it through
/// <see cref="AuthenticationStateBridge"/>. Nothing is kept here: a circuit lives for hours, and a sign-out elsewhere, a
/// 全部下线 or a role change by the administrator must apply on the next click, so every call asks
/// <see cref="UserSessions"/> again, whose answer is cached only until this process's next write (docs/caching.md).
/// </summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication, UserSessions sessions)
{
    /// <summary>The claim that holds the server-side session's token (<see cref="UserSessions"/>).</summary>
    public const string SessionClaimType = "jixiao:session";

    public async Task<Actor?> GetAsync(CancellationToken ct = default)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var token = ActorPrincipal.SessionTokenOf(state.User);
        return token is null ? null : await sessions.GetActorAsync(token, ct);
    }
}
