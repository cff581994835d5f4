using Bunit;
using Jixiao.Data.Monitoring;
using Jixiao.Web.Components.Pages.Monitoring;

namespace Jixiao.Web.UiTests;

/// <summary>
/// The spending chart of the monitoring overview: twelve named months, a 万元 axis from 0 in round steps reaching the
/// budget, the plan through every month-end and the actual from 0 to each period's amount, both labelled.
/// </summary>
public sealed class SpendingChartTests : IDisposable
{
    private readonly BunitContext _context = new();

    [Fact]
    public void Months_axis_from_zero_plan_and_actual_are_named_and_placed()
    {
        // 2024, a 200万元 budget with a plan of 20% by March, 50% by June, 90% by October (linear between).
        var planned = new decimal[] { 13.33m, 26.67m, 40m, 60m, 80m, 100m, 116.26m, 132.52m, 148.29m, 180m, 186.67m, 200m };
        var curve = new SpendingCurve("合计", 200m, planned, [new SpendingPoint(7, new DateOnly(2024, 7, 31), 90m)]);

        var chart = _context.Render<SpendingChart>(p => p.Add(c => c.Curve, curve));

        Assert.Equal(Enumerable.Range(1, 12).Select(m => m + "月"), chart.FindAll("[data-testid=spending-month]").Select(e => e.TextContent));
        Assert.Equal(["0", "50", "100", "150", "200"], chart.FindAll("[data-testid=spending-axis-tick]").Select(e => e.TextContent));
        Assert.Equal("实际 90.00", chart.Find("[data-testid=spending-actual-label]").TextContent);
        Assert.Equal("计划 116.26", chart.Find("[data-testid=spending-planned-label]").TextContent);
        // 13 points on the plan (the start of the year and each month-end), the actual from 0 to July.
        Assert.Equal(13, chart.Find("[data-testid=spending-planned]").GetAttribute("points")!.Split(' ').Length);
        var actual = chart.Find("[data-testid=spending-actual]").GetAttribute("points")!.Split(' ');
        Assert.Equal(2, actual.Length);
        // The first point is the origin: x at the axis (70), y at the zero line (16 + 240).
        Assert.Equal("70,256", actual[0]);
        Assert.Contains("全年预算 200.00 万元", chart.Markup, StringComparison.Ordinal);
    }

    public void Dispose() => _context.Dispose();
}
