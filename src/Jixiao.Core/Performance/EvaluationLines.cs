using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Core.Performance;

/// <summary>
/// The lines of a project that are evaluated and monitored: its indicators, less template rows left empty (a 二级 with
/// no 三级 and no value, R-COV-007), which promise nothing and would otherwise take a share of the points.
/// </summary>
public static class EvaluationLines
{
    public static IReadOnlyList<Indicator> Of(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.Indicators.Where(l => !string.IsNullOrWhiteSpace(l.Name) || !string.IsNullOrWhiteSpace(l.Value)).ToArray();
    }

    /// <summary>The line's parsed target: as the reader parsed it, else parsed now from 指标性质 and 指标值; null when empty.</summary>
    public static TargetValue? TargetOf(Indicator line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Target ?? (string.IsNullOrWhiteSpace(line.Value) ? null : TargetValue.Parse(line.Nature, line.Value));
    }
}
