using System.Globalization;
using Jixiao.Data;
using Jixiao.Web.Components.Pages.Evaluation;

namespace Jixiao.Web.Components.Shared.Charts;

/// <summary>One month-end of a cumulative spending plan (累计 %).</summary>
public sealed record PlanPoint(int Month, string Label, decimal Percent);

/// <summary>
/// A cumulative plan that goes down from one month-end to the next (e.g. 6月底 60% → 10月底 50%): spending cannot be
/// undone, so the plan is wrong and the chart marks the step.
/// </summary>
public sealed record PlanFall(PlanPoint From, PlanPoint To);

/// <summary>A project's line: numbered as in the projects table, its own colour (and dash past the palette).</summary>
public sealed record PlanLine(int Number, string Name, string UnitName, string Colour, string? Dash,
    IReadOnlyList<PlanPoint> Points, IReadOnlyList<PlanFall> Falls);

/// <summary>
/// The cumulative spending plans of a year overview's projects (资金支出计划, 累计 %): one line per project with a plan, the
/// projects without one named (never silently dropped), falls marked, a % axis from 0 in round steps (0–100 by 20).
/// </summary>
public sealed record PlanLines(IReadOnlyList<PlanLine> Lines, IReadOnlyList<(int Number, string Name)> WithoutPlan, ChartScale Scale)
{
    /// <param name="projects">The projects shown (one page of the year's).</param>
    /// <param name="firstNumber">The number of the first of them in the projects table.</param>
    public static PlanLines From(IReadOnlyList<ProjectSummary> projects, int firstNumber = 1)
    {
        var lines = new List<PlanLine>();
        var without = new List<(int, string)>();
        for (var i = 0; i < projects.Count; i++)
        {
            var project = projects[i];
            var points = project.SpendingPlan
                .Where(p => p.Percent is not null && MonthOf(p.Label) is >= 1 and <= 12)
                .Select(p => new PlanPoint(MonthOf(p.Label), p.Label, p.Percent!.Value))
                .OrderBy(p => p.Month)
                .ToList();
            if (points.Count == 0)
            {
                without.Add((firstNumber + i, project.Name));
                continue;
            }
            var falls = points.Zip(points.Skip(1)).Where(p => p.Second.Percent < p.First.Percent)
                .Select(p => new PlanFall(p.First, p.Second)).ToList();
            var index = lines.Count;
            lines.Add(new PlanLine(firstNumber + i, project.Name, project.UnitName, ChartPalette.Colour(index), ChartPalette.Dash(index), points, falls));
        }
        // 累计 % reaches 100 at 12月底; a plan written above 100 gets a longer axis rather than a clipped line.
        var largest = lines.SelectMany(l => l.Points).Select(p => p.Percent).Append(100m).Max();
        var scale = largest <= 100m ? new ChartScale(100m, 20m) : ChartScale.For(largest);
        return new PlanLines(lines, without, scale);
    }

    /// <summary>"10月底" → 10; a label that is not a month-end is 0 (not drawn: the axis is months).</summary>
    public static int MonthOf(string label)
    {
        var digits = new string(label.TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var month) ? month : 0;
    }
}
