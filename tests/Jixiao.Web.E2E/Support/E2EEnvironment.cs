using Microsoft.Playwright;

namespace Jixiao.Web.E2E.Support;

/// <summary>
/// One web host and one headless Chromium for the whole run (starting either takes seconds on a loaded CI machine).
/// The browser is the distribution's /usr/bin/chromium (installed by scripts/install-deps.sh); Playwright never
/// downloads one. Each test opens its own browser contexts (separate cookies = separate users).
/// </summary>
public sealed class E2EEnvironment : IAsyncLifetime
{
    /// <summary>Generous: a Blazor circuit, a review re-run and a SQLite write on a busy 2-core machine.</summary>
    public const float TimeoutMs = 30_000;

    /// <summary>Override with JIXIAO_CHROMIUM; default Debian's chromium.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("JIXIAO_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private E2EServer? _server;

    public E2EServer Server => _server ?? throw new InvalidOperationException("E2E environment not initialised");

    public Screenshots Screenshots { get; } = new();

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"找不到 Chromium：{ChromiumPath}。请运行 scripts/install-deps.sh（安装 chromium），或设置 JIXIAO_CHROMIUM。");
        _server = await E2EServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root on CI: Chromium's sandbox needs user namespaces it does not have there.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
            Timeout = TimeoutMs,
        });
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        Console.WriteLine($"E2E: 网站 {Server.BaseUrl}，截图目录 {Screenshots.Folder}");
    }

    /// <summary>
    /// A fresh browser context (no cookies: the public) on the test server, Chinese locale, Beijing time; with
    /// <paramref name="javaScript"/> false, a browser that runs no script at all (the public pages must still read).
    /// </summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await (_browser ?? throw new InvalidOperationException("browser not started")).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseUrl,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
    }
}

/// <summary>All browser tests share the one server and browser, one test at a time.</summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<E2EEnvironment>
{
    public const string Name = "浏览器端到端";
}
