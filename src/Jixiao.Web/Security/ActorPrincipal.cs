using System.Globalization;
using System.Security.Claims;
using Jixiao.Data.Security;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Jixiao.Web.Security;

/// <summary>
/// The cookie principal of a signed-in user (登录凭据). It carries the user id and the server-side session's token
/// (<see cref="CurrentActor.SessionClaimType"/>); the role and scope are re-read from the database on every request by
/// <see cref="CurrentActor"/>, so the name and role claims here are for display and logs, never for decisions.
/// </summary>
internal static class ActorPrincipal
{
    public static ClaimsPrincipal Create(Actor actor, string sessionToken)
    {
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, actor.UserId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, actor.UserName),
            new Claim(ClaimTypes.GivenName, actor.DisplayName),
            new Claim(ClaimTypes.Role, actor.Role.ToString()),
            new Claim(CurrentActor.SessionClaimType, sessionToken),
        ], CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The user id in the cookie, or null for the public or a cookie without a readable id.</summary>
    public static int? UserIdOf(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true) return null;
        var value = principal.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    /// <summary>The server-side session's token in the cookie, or null.</summary>
    public static string? SessionTokenOf(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true ? principal.FindFirst(CurrentActor.SessionClaimType)?.Value : null;
}
