using Jixiao.Data;
using Jixiao.Web.Security;

namespace Jixiao.Web.Demo;

/// <summary>
/// Demo users and documents (<c>Jixiao:Demo:Enabled</c>, scripts/run.sh asks) and the benchmark data
/// (<c>Jixiao:Demo:Scale</c>), made only <b>after the port is bound</b> (a hosted service's StartedAsync runs after the
/// server started and before the host reports it started). A second start on the same database that cannot bind its
/// port therefore changes nothing: it does not renew the running instance's demo passwords.
/// </summary>
/// <remarks>
/// Passwords are printed only outside Production. In Production the demo is refused outright (its administrator's
/// password would have to be printed to be of any use); the benchmark data's reviewer is printed without password
/// (bench/web-p95.sh sets it with <c>Jixiao:Demo:Password</c>).
/// </remarks>
internal sealed class DemoAtStartup(IServiceProvider services, IConfiguration config, IHostEnvironment environment) : IHostedLifecycleService
{
    public static IServiceCollection AddDemoAtStartup(IServiceCollection services, IConfiguration config, IHostEnvironment environment)
    {
        if (config.GetValue("Jixiao:Demo:Enabled", false) && environment.IsProduction())
            throw new JixiaoException("演示数据（Jixiao:Demo:Enabled=true）不能在生产环境（Production）启用：演示用户的密码须打印出来才能使用，" +
                                      "而生产环境从不打印密码。演示请用 scripts/run.sh；正式部署请用 create-admin 命令创建第一个管理员（见 docs/SECURITY.md）。");
        return services.AddHostedService<DemoAtStartup>();
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var output = Console.Out;
        var printPasswords = !environment.IsProduction();
        if (config.GetValue("Jixiao:Demo:Enabled", false))
        {
            await using var scope = services.CreateAsyncScope();
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            var seeded = await demo.EnsureSeededAsync(cancellationToken);
            // Only hashes are stored, so on a later start the demo users get fresh passwords, printed again below.
            if (seeded.Users.Count == 0) seeded = await demo.RenewDemoPasswordsAsync(cancellationToken);
            DemoUsersAnnouncement.Write(output, seeded.Users);
        }
        await DemoScale.GenerateIfConfiguredAsync(services, config, output, printPasswords);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
