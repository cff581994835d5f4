using System.Net;
using Jixiao.Data;
using Jixiao.Data.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.E2E.Support;

/// <summary>
/// The real web host (Program) served by Kestrel on a free loopback port, on a temporary SQLite file with the demo
/// data seeded under one known password. A browser can only talk to a real socket, not to the in-memory TestServer.
/// </summary>
public sealed class E2EServer : IAsyncDisposable
{
    public const string DemoPassword = "E2E-Ceshi-Mima-2026!";

    private readonly KestrelFactory _factory;

    private E2EServer(KestrelFactory factory) => _factory = factory;

    /// <summary>http://127.0.0.1:PORT (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The demo users with <see cref="DemoPassword"/>.</summary>
    public IReadOnlyList<DemoUser> Users { get; private set; } = [];

    public IServiceProvider Services => _factory.Services;

    public static async Task<E2EServer> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jixiao-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var settings = new Dictionary<string, string?>
        {
            ["Jixiao:Database:Provider"] = "sqlite",
            ["ConnectionStrings:Jixiao"] = $"Data Source={Path.Combine(folder, "jixiao.db")}",
            ["Jixiao:Demo:Enabled"] = "false", // seeded below, so that the users (with the fixed password) are known
            ["Jixiao:Demo:Password"] = DemoPassword,
        };
        var factory = new KestrelFactory(settings);
        // Port 0: the operating system picks a free port, so parallel runs on one CI machine never collide.
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var server = new E2EServer(factory);
        server.FolderToDelete = folder;
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel 没有报告监听地址");
        server.BaseUrl = addresses.First().TrimEnd('/');
        await using var scope = factory.Services.CreateAsyncScope();
        server.Users = (await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureSeededAsync()).Users;
        if (server.Users.Count == 0) throw new InvalidOperationException("演示数据没有生成用户");
        return server;
    }

    private string? FolderToDelete { get; set; }

    /// <summary>A demo user's scope (department, unit) as stored.</summary>
    public async Task<(int? DepartmentId, int? BudgetUnitId)> ScopeOfAsync(string userName)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
        return (user.DepartmentId, user.BudgetUnitId);
    }

    /// <summary>Runs a query on the server's database (to find ids the way a tester would look them up, not to assert on).</summary>
    public async Task<T> QueryAsync<T>(Func<JixiaoDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<JixiaoDbContext>());
    }

    /// <summary>The login of the 部门审核人 of <paramref name="departmentId"/> in the demo data.</summary>
    public async Task<string> ReviewerOfAsync(int? departmentId)
    {
        foreach (var user in Users.Where(u => u.Role == Role.DepartmentReviewer))
            if ((await ScopeOfAsync(user.UserName)).DepartmentId == departmentId) return user.UserName;
        throw new InvalidOperationException($"演示数据中没有部门 {departmentId} 的部门审核人");
    }

    public DemoUser FirstUser(Role role) =>
        Users.FirstOrDefault(u => u.Role == role) ?? throw new InvalidOperationException($"演示数据中没有{role.ToChinese()}");

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (FolderToDelete is not null && Directory.Exists(FolderToDelete)) Directory.Delete(FolderToDelete, recursive: true);
    }

    private sealed class KestrelFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // UseSetting reaches the configuration before Program registers its services (AddJixiaoData reads it there).
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
            // Development: static files (MudBlazor's, the framework's) are served from the build output's manifest.
            builder.UseEnvironment("Development");
        }
    }
}
