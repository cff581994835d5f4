using Jixiao.Data;
using Jixiao.Data.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests.Support;

/// <summary>
/// One web host on its own fresh database for a test class, with the demo data seeded and a known demo password.
/// Subclasses choose the database (SQLite file, PostgreSQL server).
/// </summary>
public abstract class WebFixture : IAsyncLifetime
{
    public const string DemoPassword = "Ceshi-Mima-2024!";

    private JixiaoWebFactory? _factory;

    public JixiaoWebFactory Factory => _factory ?? throw new InvalidOperationException("fixture not initialised");

    /// <summary>The demo users the seeding created, with <see cref="DemoPassword"/>.</summary>
    public IReadOnlyList<DemoUser> Users { get; private set; } = [];

    /// <summary>Provider and connection string settings for a new, empty database.</summary>
    protected abstract Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();

    /// <summary>
    /// True to serve over real Kestrel on a loopback port instead of the in-memory test server, for what only the real
    /// server does (request body limits: the in-memory server has none to lower).
    /// </summary>
    protected virtual bool OnKestrel => false;

    /// <summary>Settings every test host shares; the upload limit is small so the too-large test stays cheap.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> HostSettings() =>
    [
        new("Jixiao:Demo:Password", DemoPassword),
        new("Jixiao:Demo:Enabled", "false"),
        new("Jixiao:Upload:MaxMegabytes", "1"),
    ];

    /// <summary>The host's environment (Development unless a fixture tests the production defaults).</summary>
    protected virtual string HostEnvironment => "Development";

    /// <summary>Services a fixture replaces after Program registered its own (e.g. a manual clock).</summary>
    protected virtual void ConfigureTestServices(IServiceCollection services)
    {
    }

    /// <summary>The settings the host was started with (database and <see cref="HostSettings"/>), for a second host on the same data.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; private set; } = new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(await CreateDatabaseAsync());
        foreach (var (key, value) in HostSettings()) settings[key] = value;
        Settings = settings;
        _factory = new JixiaoWebFactory(settings, HostEnvironment, ConfigureTestServices);
        if (OnKestrel)
        {
            _factory.UseKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
            _factory.StartServer(); // starts the host, which migrates the database
            var addresses = _factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
                .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses;
            _kestrelAddress = new Uri(addresses?.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel 没有报告监听地址"));
        }
        else
        {
            _ = _factory.Server; // starts the host, which migrates the database
        }
        await SeedAsync();
        SeedFiscalYear = await ReadSeedFiscalYearAsync();
    }

    private async Task<int> ReadSeedFiscalYearAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<JixiaoStore>();
        var anyone = new Jixiao.Data.Security.Actor(0, "test", "test", Role.UnitFiler, 0, null, null);
        var preview = await store.PreviewImportAsync(anyone, "seed.txt", SharedSeeds.Bytes(SharedSeeds.S002));
        return preview.FiscalYear ?? throw new InvalidOperationException("种子 002 的预览没有读出预算年度");
    }

    protected virtual async Task SeedAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        Users = (await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureSeededAsync()).Users;
        Assert.NotEmpty(Users);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await DropDatabaseAsync();
    }

    public DemoUser User(Role role) =>
        Users.FirstOrDefault(u => u.Role == role) ?? throw new InvalidOperationException($"演示数据中没有{role.ToChinese()}。");

    private Uri? _kestrelAddress;

    public ApiClient Anonymous() => new(Factory.CreateClient(_kestrelAddress is null
        ? new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }
        : new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = _kestrelAddress }));

    /// <summary>
    /// A signed-in client of the role: the first demo user of it, except that the department reviewer is the one of the
    /// first unit filer's department, so that the two meet on the same documents.
    /// </summary>
    public async Task<ApiClient> SignInAsync(Role role)
    {
        if (role != Role.DepartmentReviewer) return await SignInAsync(User(role));
        using var filer = await SignInAsync(User(Role.UnitFiler));
        foreach (var reviewer in Users.Where(u => u.Role == Role.DepartmentReviewer))
        {
            var client = await SignInAsync(reviewer);
            if (client.Me!.DepartmentId == filer.Me!.DepartmentId) return client;
            client.Dispose();
        }
        throw new InvalidOperationException("演示数据中没有与第一个单位填报人同部门的部门审核人。");
    }

    public async Task<ApiClient> SignInAsync(DemoUser user)
    {
        var client = Anonymous();
        await ApiClient.ExpectAsync(System.Net.HttpStatusCode.OK, await client.SignInAsync(user.UserName, DemoPassword), $"登录 {user.UserName}");
        return client;
    }

    /// <summary>The fiscal year seed 002 states, as the import preview reads it.</summary>
    public int SeedFiscalYear { get; private set; }
}
