namespace Jixiao.Web.Components.Pages.Evaluation;

/// <summary>
/// A value axis that starts at 0 and steps in round numbers (1, 2 or 5 × 10ⁿ), with at most <c>maxTicks</c> steps
/// above 0, reaching at least the largest value: counts read off the gridlines without guessing.
/// </summary>
public sealed record ChartScale(decimal Max, decimal Step)
{
    public IEnumerable<decimal> Ticks
    {
        get
        {
            for (var v = 0m; v <= Max; v += Step) yield return v;
        }
    }

    public static ChartScale For(decimal largest, int maxTicks = 5)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTicks, 1);
        if (largest <= 0m) return new ChartScale(1m, 1m);
        var magnitude = 1m;
        while (magnitude * 10m <= largest / maxTicks) magnitude *= 10m;
        while (magnitude > largest / maxTicks && magnitude > 0.01m) magnitude /= 10m;
        foreach (var factor in new[] { 1m, 2m, 5m, 10m, 20m, 50m })
        {
            var step = magnitude * factor;
            if (step * maxTicks >= largest)
            {
                // Counts are whole: a step below 1 would print fractions of a project.
                step = Math.Max(step, 1m);
                return new ChartScale(Math.Ceiling(largest / step) * step, step);
            }
        }
        var big = magnitude * 100m;
        return new ChartScale(Math.Ceiling(largest / big) * big, big);
    }
}
