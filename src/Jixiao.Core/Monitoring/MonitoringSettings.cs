using Jixiao.Core.Performance;

namespace Jixiao.Core.Monitoring;

/// <summary>
/// A jurisdiction's monitoring settings (运行监控预警设置): the bands of v, the blue mark, the lights of 完成目标可能性,
/// the causes a filer may pick and the default period. FORMAT.md's defaults in <see cref="Default"/>.
/// </summary>
public sealed record MonitoringSettings
{
    /// <summary>v below this is red (60).</summary>
    public decimal RedBelow { get; init; } = 60m;
    /// <summary>v below this (and not red) is yellow (80); from it, green.</summary>
    public decimal YellowBelow { get; init; } = 80m;
    /// <summary>A counting ≥ line whose progress reaches this percent of the annual target is blue (120).</summary>
    public decimal BlueFrom { get; init; } = 120m;
    /// <summary>完成目标可能性 → light, for lines no figure can light.</summary>
    public IReadOnlyList<(string Likelihood, Light Light)> LikelihoodLights { get; init; } =
        [("确定能", Light.Green), ("有可能", Light.Yellow), ("完全不可能", Light.Red)];
    /// <summary>偏差原因 a filer may pick (several at once).</summary>
    public IReadOnlyList<string> Causes { get; init; } = ["经费保障", "制度保障", "人员保障", "硬件条件保障", "其他"];
    /// <summary>
    /// The month-ends monitored (1–7月 by default: the end of July; quarters would be 3, 6, 9, 12). The date of a report
    /// with none stated is the last of these.
    /// </summary>
    public IReadOnlyList<int> CheckpointMonths { get; init; } = [7];

    public static MonitoringSettings Default { get; } = new();

    /// <summary>The light of a v (percent of what was due): red, yellow or green.</summary>
    public Light Band(decimal v) => v < RedBelow ? Light.Red : v < YellowBelow ? Light.Yellow : Light.Green;

    /// <summary>The light a filer's likelihood gives; null when the word is not one of the settings'.</summary>
    public Light? LightOf(string? likelihood)
    {
        var word = likelihood?.Trim();
        foreach (var (l, light) in LikelihoodLights)
            if (string.Equals(l, word, StringComparison.Ordinal)) return light;
        return null;
    }

    /// <summary>The date of a report that states none: the end of the last checkpoint month of the year.</summary>
    public DateOnly DefaultAsOf(int year)
    {
        var month = CheckpointMonths.Count == 0 ? 12 : CheckpointMonths.Max();
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }
}
