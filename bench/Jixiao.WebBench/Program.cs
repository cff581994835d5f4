using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Jixiao.WebBench;

// Load client for bench/web-p95.sh: signs in as a finance reviewer (who sees every department of the jurisdiction),
// discovers the departments and projects, then has N concurrent clients request a mix of overview and project
// pages (and the API reads behind them), and prints count, p50, p95, p99 and max per kind against the goal.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var handler = new SocketsHttpHandler
{
    CookieContainer = new CookieContainer(),
    UseCookies = true,
    AllowAutoRedirect = false, // a redirect to /signin would be a failure, not a page
    MaxConnectionsPerServer = options.Clients,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
};
using var http = new HttpClient(handler) { BaseAddress = options.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };

using (var signIn = await http.PostAsJsonAsync("api/session", new { userName = options.UserName, password = options.Password }))
{
    if (!signIn.IsSuccessStatusCode)
    {
        Console.Error.WriteLine($"登录 {options.UserName} 失败：{(int)signIn.StatusCode} {await signIn.Content.ReadAsStringAsync()}");
        return 2;
    }
}
var catalog = await Catalog.DiscoverAsync(http);
Console.WriteLine($"已登录 {options.UserName}；{catalog.Overviews.Count} 个部门年度，{catalog.Projects.Count} 个项目。");

var random = new Random(options.Seed);
var failures = new ConcurrentQueue<string>();
await RunAsync(catalog.Mix(options.WarmupRequests, random, options.Kinds), record: null);
var samples = new ConcurrentBag<(string Kind, double Ms)>();
var cpuBefore = options.ServerPid is int pid ? ProcessCpu.Of(pid) : null;
var wall = Stopwatch.StartNew();
await RunAsync(catalog.Mix(options.Requests, random, options.Kinds), record: samples);
wall.Stop();
var cpuAfter = options.ServerPid is int pid2 ? ProcessCpu.Of(pid2) : null;

Console.WriteLine($"{options.Clients} 个并发客户端，预热 {options.WarmupRequests} 次，测量 {options.Requests} 次请求，" +
                  $"用时 {wall.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s" +
                  $"（{(options.Requests / wall.Elapsed.TotalSeconds).ToString("0", CultureInfo.InvariantCulture)} 次/秒）");
if (cpuBefore is { } before && cpuAfter is { } after)
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"服务器 CPU：测量期间共 {(after - before).TotalSeconds:0.00} s，每次请求 {(after - before).TotalMilliseconds / options.Requests:0.00} ms（/proc/{options.ServerPid}/stat，含 GC 和后台线程）"));
Console.WriteLine($"{"类别",-52} {"count",6} {"p50",8} {"p95",8} {"p99",8} {"max",8}  (ms)");
var pass = true;
foreach (var kind in options.Kinds.Append("全部"))
{
    var stats = LatencyStats.Of(samples.Where(s => kind == "全部" || s.Kind == kind).Select(s => s.Ms).ToList());
    var ok = stats.P95 <= options.GoalMs;
    if (kind != "全部") pass &= ok;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{kind,-52} {stats.Count,6} {stats.P50,8:0.0} {stats.P95,8:0.0} {stats.P99,8:0.0} {stats.Max,8:0.0}  {(ok ? "通过" : "未达标")}"));
}
if (!failures.IsEmpty)
{
    Console.WriteLine($"失败的请求：{failures.Count} 次，例如：{failures.First()}");
    pass = false;
}
Console.WriteLine(pass
    ? $"结果：通过（每类 p95 ≤ {options.GoalMs} ms）"
    : $"结果：未达标（目标：每类 p95 ≤ {options.GoalMs} ms，且没有失败的请求）");
return pass ? 0 : 1;

// Each client takes the next target until none are left, so the clients stay busy until the end.
async Task RunAsync(IReadOnlyList<BenchTarget> targets, ConcurrentBag<(string, double)>? record)
{
    var next = -1;
    var clients = Enumerable.Range(0, options.Clients).Select(_ => Task.Run(async () =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < targets.Count)
        {
            var target = targets[i];
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await http.GetAsync(target.Path, HttpCompletionOption.ResponseContentRead);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    failures.Enqueue($"GET /{target.Path} → {(int)response.StatusCode}");
                    continue;
                }
                record?.Add((target.Kind, elapsed));
            }
            catch (HttpRequestException e)
            {
                failures.Enqueue($"GET /{target.Path} → {e.Message}");
            }
        }
    })).ToArray();
    await Task.WhenAll(clients);
}
