using Jixiao.Core.Model;
using Jixiao.Core.Performance;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Evaluation;

/// <summary>
/// 分值: the indicators' points (90 by default) shared over a project's lines. Where every line has a weight, in
/// proportion to the weights (weights printed to 90 stay as printed, weights to 100 are scaled by 0.9). Otherwise
/// 产出 with a first-level 成本 50, 效益 30, 满意度 10, equal shares within each; a first level with no line gives its
/// points to 产出 (to the first level that has lines when 产出 has none). Lines that do not apply get 0 and the rest are
/// rescaled in proportion so they still make the indicators' points. Points are cents, split so they add up exactly.
/// </summary>
public static class LinePoints
{
    public static decimal[] Allocate(IReadOnlyList<Indicator> lines, IReadOnlyList<bool> applicable, EvaluationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(applicable);
        ArgumentNullException.ThrowIfNull(settings);
        var raw = Raw(lines, settings);
        var used = Enumerable.Range(0, lines.Count).Where(i => applicable[i]).ToArray();
        var split = ScoreRounding.SplitInCents(settings.IndicatorPoints, used.Select(i => raw[i]).ToArray());
        var points = new decimal[lines.Count];
        for (var k = 0; k < used.Length; k++) points[used[k]] = split[k];
        return points;
    }

    /// <summary>True when every line carries a weight and they add up to more than 0: the document's weights win.</summary>
    public static bool UsesWeights(IReadOnlyList<Indicator> lines) =>
        lines.Count > 0 && lines.All(l => l.Weight is not null) && lines.Sum(l => l.Weight!.Value.Value) > 0;

    private static decimal[] Raw(IReadOnlyList<Indicator> lines, EvaluationSettings settings)
    {
        if (UsesWeights(lines)) return lines.Select(l => Math.Max(l.Weight!.Value.Value, 0m)).ToArray();
        var groups = lines.Select(GroupOf).ToArray();
        var counts = new int[3];
        foreach (var g in groups) counts[g]++;
        var groupPoints = new[] { settings.OutputPoints, settings.BenefitPoints, settings.SatisfactionPoints };
        var receiver = Array.FindIndex(counts, c => c > 0);
        if (receiver < 0) return new decimal[lines.Count];
        for (var g = 0; g < 3; g++)
        {
            if (counts[g] > 0 || g == receiver) continue;
            groupPoints[receiver] += groupPoints[g];
            groupPoints[g] = 0;
        }
        return groups.Select(g => groupPoints[g] / counts[g]).ToArray();
    }

    /// <summary>0 = 产出 (with 成本 and anything unrecognised), 1 = 效益, 2 = 满意度; the second level decides when the first is unclear.</summary>
    internal static int GroupOf(Indicator line)
    {
        var level1 = LevelKinds.Level1(LineMatcher.Clean(line.Level1) ?? "");
        if (level1 == Level1Kind.Unknown) level1 = LevelKinds.Parent(LevelKinds.Level2(LineMatcher.Clean(line.Level2) ?? ""));
        return level1 switch
        {
            Level1Kind.Benefit => 1,
            Level1Kind.Satisfaction => 2,
            _ => 0,
        };
    }
}
