using System.Diagnostics;
using System.Globalization;

namespace Jixiao.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Jixiao.Bench -- --cpu-time-evaluation [runs]</c>: the same scoring as
/// <see cref="EvaluationBench"/>, timed one run at a time. On a shared machine BenchmarkDotNet's wall-clock mean moves
/// with the others' load; the fastest single run (the quietest moment) and the process CPU time per run move far less,
/// so they are printed beside the mean.
/// </summary>
public static class EvaluationCpuTime
{
    public static void Run(int runs)
    {
        var bench = new EvaluationBench();
        bench.Setup();
        for (var i = 0; i < 30; i++) bench.Score100x12();
        var walls = new double[runs];
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++)
        {
            var one = Stopwatch.StartNew();
            bench.Score100x12();
            walls[i] = one.Elapsed.TotalMilliseconds;
        }
        total.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        Array.Sort(walls);
        string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
        Console.WriteLine($"scoring 100 × 12, {runs} warm runs: fastest {F(walls[0])} ms, median {F(walls[runs / 2])} ms, " +
                          $"mean {F(total.Elapsed.TotalMilliseconds / runs)} ms, process CPU {F(cpu)} ms per run");
    }
}
