using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Support;

/// <summary>
/// The real web host in memory, on the database the settings name; Development unless told otherwise, and with the
/// test's replacements of services (a manual clock) registered after Program's.
/// </summary>
public sealed class JixiaoWebFactory(IReadOnlyDictionary<string, string?> settings, string environment = "Development",
    Action<IServiceCollection>? testServices = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting reaches the configuration before Program registers its services (AddJixiaoData reads it there).
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.UseEnvironment(environment);
        if (testServices is not null) builder.ConfigureTestServices(testServices);
    }
}
