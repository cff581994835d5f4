using Bunit;
using Jixiao.Data;
using Jixiao.Web.Components.Shared.Charts;

namespace Jixiao.Web.UiTests;

/// <summary>
/// The year overview's charts (issue 20 item 9): bars named by number and project name with their amounts, a 万元 axis
/// from 0 in round steps; plan lines in distinct colours with a legend that tells same-named projects of two units
/// apart, a falling cumulative plan marked and said, projects without a plan named instead of dropped.
/// </summary>
public sealed class OverviewChartsTests : IDisposable
{
    private readonly BunitContext _context = new();

    private static ProjectSummary Project(int id, string name, string unit, decimal? budget, params (string Label, decimal? Percent)[] plan) =>
        new(id, 1, null, name, unit, budget, budget?.ToString(System.Globalization.CultureInfo.InvariantCulture), "万元",
            [.. plan.Select(p => new SpendingPoint(p.Label, p.Percent))], 0, 0);

    private static readonly ProjectSummary[] Projects =
    [
        Project(1, "公共法律服务", "某某市司法局机关", 1280.5m, ("3月底", 20m), ("6月底", 50m), ("10月底", 80m), ("12月底", 100m)),
        Project(2, "公共法律服务", "某某市公证处", 12.5m, ("3月底", 30m), ("6月底", 60m), ("10月底", 50m), ("12月底", 100m)),
        Project(3, "普法宣传经费", "某某市司法局机关", null),
    ];

    [Fact]
    public void Bars_are_named_valued_and_on_a_round_axis_from_zero()
    {
        var chart = _context.Render<BudgetBarsChart>(p => p.Add(c => c.Chart, BudgetBars.From(Projects, firstNumber: 11)));

        Assert.Equal(["11. 公共法律服务", "12. 公共法律服务", "13. 普法宣传经费"],
            chart.FindAll("[data-testid=budget-bar-label]").Select(e => e.LastChild!.TextContent));
        Assert.Equal(["1,280.50", "12.50", "未填预算"], chart.FindAll("[data-testid=budget-bar-value]").Select(e => e.TextContent));
        Assert.Equal(["0", "500", "1,000", "1,500"], chart.FindAll("[data-testid=budget-axis-tick]").Select(e => e.TextContent));
        // The small project stays a visible bar beside the big one.
        Assert.All(chart.FindAll("[data-testid=budget-bar]"), bar => Assert.True(decimal.Parse(bar.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture) >= 2m));
    }

    [Fact]
    public void Plan_lines_have_distinct_colours_a_percent_axis_from_zero_and_say_what_is_missing_or_falling()
    {
        var model = PlanLines.From(Projects);
        var chart = _context.Render<PlanLinesChart>(p => p.Add(c => c.Chart, model));

        Assert.Equal(["0", "20", "40", "60", "80", "100"], chart.FindAll("[data-testid=plan-axis-tick]").Select(e => e.TextContent));
        var colours = chart.FindAll("[data-testid=plan-line]").Select(l => l.GetAttribute("stroke")).ToList();
        Assert.Equal(2, colours.Count);
        Assert.Equal(colours.Count, colours.Distinct().Count());
        Assert.Equal(["1. 公共法律服务（某某市司法局机关）", "2. 公共法律服务（某某市公证处）"],
            chart.FindAll("[data-testid=plan-legend-item]").Select(e => e.TextContent.Trim()));
        // 6月底 60% → 10月底 50% is marked on the line and said under the chart.
        Assert.Single(chart.FindAll("[data-testid=plan-fall-mark]"));
        Assert.Contains("2. 公共法律服务：6月底 60% → 10月底 50%", chart.Find("[data-testid=plan-falling]").TextContent, StringComparison.Ordinal);
        Assert.Equal(["3. 普法宣传经费"], chart.FindAll("[data-testid=plan-missing-item]").Select(e => e.TextContent));
        // Every line starts at 0 at the start of the year.
        Assert.All(chart.FindAll("[data-testid=plan-line]"), l => Assert.StartsWith("56,262 ", l.GetAttribute("points"), StringComparison.Ordinal));
    }

    [Fact]
    public void Past_the_palette_lines_keep_a_look_of_their_own()
    {
        var many = Enumerable.Range(1, ChartPalette.Colours.Count + 3)
            .Select(i => Project(i, $"项目{i}", "某某市司法局机关", 10m, ("12月底", 100m))).ToArray();
        var looks = PlanLines.From(many).Lines.Select(l => (l.Colour, l.Dash)).ToList();
        Assert.Equal(looks.Count, looks.Distinct().Count());
    }

    public void Dispose() => _context.Dispose();
}
