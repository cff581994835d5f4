using System.Globalization;
using Jixiao.Data;
using MudBlazor;

namespace Jixiao.Web.Components.Shared;

/// <summary>
/// Chart data of a year overview: budget by project (万元, decimal — MudBlazor 9 charts are generic over the
/// number type, so money never becomes a double) and cumulative spending plans by month-end.
/// </summary>
public sealed record OverviewCharts(
    string[] BudgetLabels,
    List<ChartSeries<decimal>> BudgetSeries,
    string[] SpendingLabels,
    List<ChartSeries<decimal>> SpendingSeries)
{
    /// <summary>The month-ends of the official 资金支出计划; other months a document adds are placed in month order.</summary>
    private static readonly string[] StandardMonthEnds = ["3月底", "6月底", "10月底", "12月底"];

    /// <param name="projects">The projects shown (one page of the year's).</param>
    /// <param name="firstNumber">The number of the first of them in the projects table.</param>
    public static OverviewCharts From(IReadOnlyList<ProjectSummary> projects, int firstNumber = 1)
    {
        // Projects are numbered as in the projects table: names are too long for an axis.
        var budgetLabels = projects.Select((_, i) => (firstNumber + i).ToString(CultureInfo.InvariantCulture)).ToArray();
        var budget = new List<ChartSeries<decimal>>
        {
            new() { Name = "预算（万元）", Data = projects.Select(p => p.BudgetWan ?? 0m).ToArray() },
        };

        var labels = StandardMonthEnds
            .Concat(projects.SelectMany(p => p.SpendingPlan).Select(p => p.Label))
            .Distinct()
            .OrderBy(MonthOf)
            .ToArray();
        var spending = projects
            .Where(p => p.SpendingPlan.Any(point => point.Percent is not null))
            .Select(p => new ChartSeries<decimal>
            {
                Name = p.Name,
                Data = labels.Select(label => p.SpendingPlan.FirstOrDefault(point => point.Label == label)?.Percent).ToArray(),
            })
            .ToList();
        return new OverviewCharts(budgetLabels, budget, labels, spending);
    }

    /// <summary>"10月底" → 10; labels that are not a month-end sort last.</summary>
    private static int MonthOf(string label)
    {
        var digits = new string(label.TakeWhile(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var month) ? month : 99;
    }
}
