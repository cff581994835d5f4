using Jixiao.Web.Demo;
using Microsoft.AspNetCore.HttpOverrides;

namespace Jixiao.Web.Security;

/// <summary>
/// What a deployed instance needs around the role matrix (docs/SECURITY.md): forwarded headers from configured proxies
/// only, HSTS behind TLS, hardening headers, no cross-site writes, problem+json for every API error, demo data only
/// after the port is bound.
/// </summary>
internal static class DeploymentDefaults
{
    public static WebApplicationBuilder AddJixiaoDeploymentDefaults(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        builder.Services.Configure<ForwardedHeadersOptions>(options => ProxySettings.Configure(options, config));
        // Browsers keep to HTTPS for a year once they have seen it over TLS; sent only on HTTPS responses.
        builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddProblemDetails(ApiStatusProblems.Customize);
        DemoAtStartup.AddDemoAtStartup(builder.Services, config, builder.Environment);
        return builder;
    }

    /// <summary>First in the pipeline: the client's real address and scheme, then the headers and the origin check.</summary>
    public static WebApplication UseJixiaoDeploymentDefaults(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseResponseHardening();
        app.UseSameOriginWrites();
        return app;
    }
}
