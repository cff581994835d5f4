using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Security;

/// <summary>
/// Sign-in by cookie backed by a server-side session, the Data Protection key ring in the instance's database, the
/// current actor, antiforgery. Authorization itself lives in the store (AccessPolicy). See docs/SECURITY.md.
/// </summary>
internal static class SecurityServices
{
    /// <summary>The request header an API client puts the antiforgery token in (from GET /api/antiforgery).</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public static IServiceCollection AddJixiaoSecurity(this IServiceCollection services, IConfiguration config)
    {
        var settings = SessionSettings.From(config);
        services.AddSingleton(settings);
        services.AddSingleton<SessionCookie>();

        var dataProtection = services.AddDataProtection().SetApplicationName(InstanceName.Of(config));
        KeyRingProtection.Apply(dataProtection, config); // encrypted at rest where the platform or a configured certificate can
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(
            options => options.XmlRepository = new DatabaseKeyRepository(provider.GetRequiredService<IServiceScopeFactory>())));

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/signin";
                options.LogoutPath = "/account/signout";
                options.Cookie.Name = "jixiao.auth";
                options.Cookie.HttpOnly = true;
                // Lax: a cross-site form POST carries no cookie. Same-site pages (another port, a sibling subdomain)
                // still send it; SameOriginWrites refuses their writes.
                options.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the request is HTTPS, which behind a proxy is what a known proxy's X-Forwarded-Proto says.
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = settings.Idle;
                options.SlidingExpiration = true;
                ApiCookieEvents.Configure(options.Events);
            });
        // The cookie handler reads the clock and the session check from the container (tests put a manual clock there).
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<TimeProvider, SessionCookie>((options, time, sessions) =>
            {
                options.TimeProvider = time;
                options.Events.OnValidatePrincipal = sessions.ValidateAsync;
            });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddAntiforgery(options => options.HeaderName = AntiforgeryHeader);
        services.AddScoped<CurrentActor>();
        return services;
    }
}
