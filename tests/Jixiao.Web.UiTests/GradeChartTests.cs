using Bunit;
using Jixiao.Data.Evaluation;
using Jixiao.Web.Components.Pages.Evaluation;

namespace Jixiao.Web.UiTests;

/// <summary>
/// The grade chart of the self-evaluation page: an axis from 0 in round steps (1, 2 or 5 × 10ⁿ, whole numbers), a named
/// bar per grade in the order of the settings, the count written over each bar.
/// </summary>
public sealed class GradeChartTests : IDisposable
{
    private readonly BunitContext _context = new();

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(3, 3, 1)]
    [InlineData(5, 5, 1)]
    [InlineData(6, 6, 2)]
    [InlineData(7, 8, 2)]
    [InlineData(11, 15, 5)]
    [InlineData(23, 25, 5)]
    [InlineData(47, 50, 10)]
    [InlineData(99, 100, 20)]
    [InlineData(101, 150, 50)]
    [InlineData(3000, 3000, 1000)]
    public void The_axis_starts_at_zero_and_steps_in_round_numbers(int largest, int max, int step)
    {
        var scale = ChartScale.For(largest);
        Assert.Equal((max, step), ((int)scale.Max, (int)scale.Step));
        Assert.Equal(0m, scale.Ticks.First());
        Assert.Equal(scale.Max, scale.Ticks.Last());
        Assert.InRange(scale.Ticks.Count(), 2, 6);
    }

    [Fact]
    public void Each_grade_has_a_named_bar_with_its_count()
    {
        var distribution = new GradeDistribution(2025,
            [new("优", 12), new("良", 7), new("中", 2), new("差", 0)],
            [new("优", 9), new("良", 8), new("中", 3), new("差", 1)], 21);

        var chart = _context.Render<GradeChart>(p => p.Add(c => c.Distribution, distribution));

        Assert.Equal(["优", "良", "中", "差"], chart.FindAll("[data-testid=grade-bar-label]").Select(e => e.TextContent));
        Assert.Equal(["12", "7", "2", "0"], chart.FindAll("[data-testid=grade-count-unit]").Select(e => e.TextContent));
        Assert.Equal(["9", "8", "3", "1"], chart.FindAll("[data-testid=grade-count-reviewed]").Select(e => e.TextContent));
        // Largest 12 → axis 0, 5, 10, 15.
        Assert.Equal(["0", "5", "10", "15"], chart.FindAll("[data-testid=grade-axis-tick]").Select(e => e.TextContent));
        Assert.Contains("共 21 个已提交的自评", chart.Markup, StringComparison.Ordinal);
    }

    public void Dispose() => _context.Dispose();
}
