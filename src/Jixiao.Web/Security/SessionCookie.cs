using System.Collections.Concurrent;
using Jixiao.Data.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Jixiao.Web.Security;

/// <summary>
/// Signing in and out with a server-side session (<see cref="UserSessions"/>) behind the cookie, and the cookie
/// handler's check of that session on each request: a cookie whose session has ended (退出、改密码、全部下线) or passed
/// its absolute end is refused and deleted, even though the cookie itself is still well-formed and unexpired.
/// </summary>
internal sealed class SessionCookie(SessionSettings settings)
{
    // Token → when the page path must look at the database again. Only positive answers are kept, and only
    // settings.Recheck long; every revocation in this process clears it, so a sign-out applies at once here.
    private readonly ConcurrentDictionary<string, DateTimeOffset> _recentlyValid = new(StringComparer.Ordinal);

    public async Task SignInAsync(HttpContext http, Actor actor)
    {
        var sessions = http.RequestServices.GetRequiredService<UserSessions>();
        // Signing in again (another user, or the same after a password change) ends the session the browser had.
        await sessions.EndAsync(ActorPrincipal.SessionTokenOf(http.User), http.RequestAborted);
        var token = await sessions.StartAsync(actor.UserId, settings.Absolute, http.RequestAborted);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, ActorPrincipal.Create(actor, token));
    }

    /// <summary>Ends the request's session on the server and deletes the cookie.</summary>
    public async Task SignOutAsync(HttpContext http)
    {
        var token = ActorPrincipal.SessionTokenOf(http.User);
        await http.RequestServices.GetRequiredService<UserSessions>().EndAsync(token, http.RequestAborted);
        Forget();
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>Called after any revocation (password change, 全部下线): the next request of every session is checked afresh.</summary>
    public void Forget() => _recentlyValid.Clear();

    /// <summary>The cookie handler's OnValidatePrincipal.</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var token = ActorPrincipal.SessionTokenOf(context.Principal);
        var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        if (token is not null && _recentlyValid.TryGetValue(token, out var until) && now < until) return;
        var actor = token is null ? null
            : await context.HttpContext.RequestServices.GetRequiredService<UserSessions>().GetActorAsync(token, context.HttpContext.RequestAborted);
        if (actor is null || ActorPrincipal.UserIdOf(context.Principal) != actor.UserId)
        {
            if (token is not null) _recentlyValid.TryRemove(token, out _);
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        if (settings.Recheck > TimeSpan.Zero)
        {
            // Bounded: a flood of distinct valid sessions cannot grow it without end.
            if (_recentlyValid.Count > 10_000) _recentlyValid.Clear();
            _recentlyValid[token!] = now + settings.Recheck;
        }
    }
}
