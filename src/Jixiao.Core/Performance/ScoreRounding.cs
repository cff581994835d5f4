using System.Globalization;

namespace Jixiao.Core.Performance;

/// <summary>
/// 分数与比率的取舍：两位小数，四舍五入（中点远离零）。自评表每行得分先取舍，合计再由取舍后的各行相加，
/// 因此打印出来的合计总等于打印出来的各行之和。
/// </summary>
public static class ScoreRounding
{
    public static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>"9.11", "100.00": scores, rates and totals as the exchange format prints them.</summary>
    public static string Format2(decimal value) => Round2(value).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>"10", "16.67", "4.5": points of a line, without trailing zeros (as weights are printed).</summary>
    public static string FormatPoints(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// Splits <paramref name="total"/> (a whole number of cents) over lines in proportion to <paramref name="raw"/>,
    /// each rounded to cents, the leftover cents going to the largest remainders (ties: the earlier line). The parts
    /// then add up to the total exactly: 50 points over three lines are 16.67 + 16.67 + 16.66, never 50.01.
    /// </summary>
    public static decimal[] SplitInCents(decimal total, IReadOnlyList<decimal> raw)
    {
        var parts = new decimal[raw.Count];
        var sum = raw.Sum();
        if (raw.Count == 0 || sum <= 0) return parts;
        var totalCents = Math.Round(total * 100m, 0, MidpointRounding.AwayFromZero);
        var remainders = new (decimal Fraction, int Index)[raw.Count];
        var given = 0m;
        for (var i = 0; i < raw.Count; i++)
        {
            var exact = raw[i] / sum * totalCents;
            var floor = Math.Floor(exact);
            parts[i] = floor;
            given += floor;
            remainders[i] = (exact - floor, i);
        }
        var left = (int)(totalCents - given);
        foreach (var (_, index) in remainders.OrderByDescending(r => r.Fraction).ThenBy(r => r.Index).Take(left))
            parts[index] += 1;
        for (var i = 0; i < parts.Length; i++) parts[i] /= 100m;
        return parts;
    }
}
