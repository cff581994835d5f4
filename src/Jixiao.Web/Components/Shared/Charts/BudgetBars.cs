using Jixiao.Data;
using Jixiao.Web.Components.Pages.Evaluation;

namespace Jixiao.Web.Components.Shared.Charts;

/// <summary>One project's bar: numbered and named as in the projects table.</summary>
public sealed record BudgetBar(int Number, string Name, string UnitName, decimal? BudgetWan);

/// <summary>
/// 各项目预算 as horizontal bars: every bar named (number and project name beside it), its amount printed at its end, a
/// 万元 axis from 0 in round steps (1, 2 or 5 × 10ⁿ). A project without a budget is named with “未填预算” rather than left out.
/// </summary>
public sealed record BudgetBars(IReadOnlyList<BudgetBar> Bars, ChartScale Scale)
{
    public static BudgetBars From(IReadOnlyList<ProjectSummary> projects, int firstNumber = 1)
    {
        var bars = projects.Select((p, i) => new BudgetBar(firstNumber + i, p.Name, p.UnitName, p.BudgetWan)).ToList();
        var largest = bars.Select(b => b.BudgetWan ?? 0m).DefaultIfEmpty(0m).Max();
        return new BudgetBars(bars, ChartScale.For(largest, maxTicks: 5));
    }
}
