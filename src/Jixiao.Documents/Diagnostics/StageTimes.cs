using System.Diagnostics;

namespace Jixiao.Documents.Diagnostics;

/// <summary>
/// 按阶段累计耗时，用于找出读取与审核的时间花在哪里（issue 21 的速度目标）。只有环境变量 <c>JIXIAO_TIMING=1</c> 时才计时，
/// 否则 <see cref="Measure"/> 不做任何事，所以可以常驻在热路径上。结果由 <see cref="Report"/> 写出（jixiao 在进程结束前写到 stderr）。
/// </summary>
public static class StageTimes
{
    /// <summary>Read once: timing is a property of the process, not of one call.</summary>
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("JIXIAO_TIMING") == "1";

    private static readonly Lock Gate = new();
    private static readonly List<(string Stage, long Ticks, int Count)> Totals = [];

    /// <summary>Times the enclosed block under <paramref name="stage"/> (summed over calls).</summary>
    public static Scope Measure(string stage) => Enabled ? new Scope(stage, Stopwatch.GetTimestamp()) : default;

    /// <summary>One line per stage in first-seen order: total milliseconds and how many times it ran.</summary>
    public static void Report(TextWriter writer)
    {
        if (!Enabled) return;
        lock (Gate)
            foreach (var (stage, ticks, count) in Totals)
                writer.WriteLine($"[timing] {stage,-32} {ticks * 1000.0 / Stopwatch.Frequency,9:F1} ms  ×{count}");
    }

    /// <summary>Forgets what was measured (a benchmark's warm-up runs).</summary>
    public static void Reset()
    {
        lock (Gate) Totals.Clear();
    }

    private static void Add(string stage, long ticks)
    {
        lock (Gate)
        {
            var i = Totals.FindIndex(t => t.Stage == stage);
            if (i < 0) Totals.Add((stage, ticks, 1));
            else Totals[i] = (stage, Totals[i].Ticks + ticks, Totals[i].Count + 1);
        }
    }

    /// <summary>A running measurement; disposing it adds the elapsed time. The default value measures nothing.</summary>
    public readonly struct Scope(string? stage, long started) : IDisposable
    {
        public void Dispose()
        {
            if (stage is not null) Add(stage, Stopwatch.GetTimestamp() - started);
        }
    }
}
