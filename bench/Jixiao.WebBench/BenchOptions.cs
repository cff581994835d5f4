using System.Globalization;

namespace Jixiao.WebBench;

/// <summary>Command line of the load client: where, as whom, how many clients and requests, and the goal.</summary>
internal sealed record BenchOptions(Uri BaseUrl, string UserName, string Password, int Clients, int WarmupRequests, int Requests, double GoalMs, int Seed)
{
    public const string Usage =
        "用法：jixiao-webbench --url http://127.0.0.1:PORT --user 用户名 --password 密码 " +
        "[--clients 20] [--warmup 2000] [--requests 4000] [--goal-ms 50] [--seed 1] [--kinds all|documents|pages|data|monitoring] [--server-pid PID]";

    /// <summary>Which kinds are requested: all five mixed (default), or one group of them alone.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = TargetKinds.All;

    /// <summary>The server's process id, when it runs on this machine: its CPU time per measured request is printed.</summary>
    public int? ServerPid { get; init; }

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"无法识别的参数“{args[i]}”。{Usage}");
            values[args[i][2..]] = args[++i];
        }
        string Required(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v : throw new ArgumentException($"缺少 --{name}。{Usage}");
        int Int(string name, int fallback, int min) =>
            !values.TryGetValue(name, out var v) ? fallback
            : int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min ? n
            : throw new ArgumentException($"--{name} 应为不小于 {min} 的整数，实为“{v}”。");
        var goal = values.TryGetValue("goal-ms", out var g)
            ? double.Parse(g, NumberStyles.Float, CultureInfo.InvariantCulture)
            : 50;
        var url = Required("url");
        var kinds = values.TryGetValue("kinds", out var k) ? k : "all";
        return new BenchOptions(new Uri(url.EndsWith('/') ? url : url + "/"), Required("user"), Required("password"),
            Int("clients", 20, 1), Int("warmup", 2000, 0), Int("requests", 4000, 1), goal, Int("seed", 1, 0))
        {
            ServerPid = values.ContainsKey("server-pid") ? Int("server-pid", 0, 1) : null,
            Kinds = kinds switch
            {
                "all" => TargetKinds.All,
                "documents" => [TargetKinds.DocumentList],
                "pages" => [TargetKinds.OverviewPage, TargetKinds.ProjectPage],
                "data" => [TargetKinds.OverviewData, TargetKinds.ProjectData, TargetKinds.DocumentList],
                "monitoring" => [TargetKinds.MonitoringData, TargetKinds.MonitoringPage],
                _ => throw new ArgumentException($"--kinds 应为 all、documents、pages、data 或 monitoring，实为“{kinds}”。{Usage}"),
            },
        };
    }
}
