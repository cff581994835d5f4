using Microsoft.AspNetCore.Components.Authorization;

namespace Jixiao.Web.Security;

/// <summary>
/// Gives the request's cookie principal to the Blazor authentication state provider for plain HTTP requests (API
/// calls, sign-in posts). Razor component rendering sets the same state itself; without this, the API could not use
/// the one <see cref="CurrentActor"/> the components use.
/// </summary>
internal static class AuthenticationStateBridge
{
    public static IApplicationBuilder UseAuthenticationStateBridge(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.RequestServices.GetService<AuthenticationStateProvider>() is IHostEnvironmentAuthenticationStateProvider host)
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(http.User)));
        await next(http);
    });
}
