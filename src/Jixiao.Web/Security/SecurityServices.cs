using Microsoft.AspNetCore.Authentication.Cookies;

namespace Jixiao.Web.Security;

/// <summary>Sign-in by cookie, the current actor, antiforgery. Authorization itself lives in the store (AccessPolicy).</summary>
internal static class SecurityServices
{
    /// <summary>The request header an API client puts the antiforgery token in (from GET /api/antiforgery).</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IServiceCollection AddJixiaoSecurity(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/signin";
                options.LogoutPath = "/account/signout";
                options.Cookie.Name = "jixiao.auth";
                options.Cookie.HttpOnly = true;
                // Lax: a cross-site form POST carries no cookie, so state-changing calls cannot be forged from another site.
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                ApiCookieEvents.Configure(options.Events);
            });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery(options => options.HeaderName = AntiforgeryHeader);
        services.AddScoped<CurrentActor>();
        return services;
    }
}
