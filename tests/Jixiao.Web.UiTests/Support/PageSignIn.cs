using System.Globalization;
using System.Security.Claims;
using Bunit.TestDoubles;
using Jixiao.Data.Security;
using Jixiao.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.UiTests.Support;

/// <summary>
/// Signs a page test's user in as after a real sign-in: the page finds its user through the server-side session the
/// cookie names (sessions are revocable, docs/SECURITY.md), so the claims carry a session started in the store.
/// </summary>
internal static class PageSignIn
{
    public static async Task AsAsync(BunitAuthorizationContext auth, IServiceProvider data, Actor actor)
    {
        auth.SetAuthorized(actor.UserName);
        string session;
        await using (var scope = data.CreateAsyncScope())
            session = await scope.ServiceProvider.GetRequiredService<UserSessions>().StartAsync(actor.UserId, TimeSpan.FromHours(1));
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, actor.UserId.ToString(CultureInfo.InvariantCulture)),
            new Claim(CurrentActor.SessionClaimType, session));
    }
}
