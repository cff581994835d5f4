namespace Jixiao.Core.Review.Analysis;

/// <summary>
/// Published tables round each line to 0.01 (of the table's unit), so a total may differ from the sum of
/// its lines by up to 0.01 per summed line (DOMAIN.md: 3060.90 + 1087.32 = 4148.22 against 4148.23).
/// Within that, the difference is a rounding remainder (尾差) and is reported as info, never as an error.
/// </summary>
public static class RoundingTolerance
{
    public const decimal PerLine = 0.01m;

    public static decimal For(int summedLines) => For(summedLines, PerLine);

    /// <summary>
    /// The allowance for <paramref name="summedLines"/> lines printed to <paramref name="step"/> (one unit of their last
    /// digit: 0.01 at two decimals, 1 for whole 元; never finer than 0.01).
    /// </summary>
    public static decimal For(int summedLines, decimal step) => Math.Max(step, PerLine) * Math.Max(summedLines, 1);

    /// <summary>Exact, within rounding, or wrong.</summary>
    public static SumOutcome Compare(decimal total, decimal sum, int summedLines) => Compare(total, sum, summedLines, PerLine);

    /// <summary>Exact, within rounding of lines printed to <paramref name="step"/>, or wrong.</summary>
    public static SumOutcome Compare(decimal total, decimal sum, int summedLines, decimal step)
    {
        var diff = Math.Abs(total - sum);
        if (diff == 0) return SumOutcome.Exact;
        return diff <= For(summedLines, step) ? SumOutcome.RoundingDifference : SumOutcome.Wrong;
    }

    public static string Format(decimal d) => d.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public enum SumOutcome { Exact, RoundingDifference, Wrong }
