namespace Jixiao.WebBench;

/// <summary>Count and nearest-rank percentiles of a set of latencies in milliseconds.</summary>
internal sealed record LatencyStats(int Count, double P50, double P95, double P99, double Max)
{
    public static LatencyStats Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0) return new LatencyStats(0, 0, 0, 0, 0);
        var sorted = milliseconds.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(sorted.Length, Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1]);
    }
}
