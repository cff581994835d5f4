using Jixiao.Core.Model;

namespace Jixiao.Core.Monitoring;

/// <summary>
/// How much of the budget the project's own plan says should be spent by a date (plannedRate, percent). The cumulative
/// 资金支出计划 gives a percent at month-ends; between them the plan is linear in days. A day counts as its end, so the
/// year starts at 0% (the start of 1 January), a month-end point is reached at the end of that day, and a plan without
/// 12月底 reaches 100% at the end of 31 December. A project with no plan is linear over the year: the days elapsed
/// (1 January counts as one) over the days of the year. Before the year: 0; after it: the plan's last value.
/// </summary>
public static class PlannedRate
{
    public static decimal At(SpendingPlan? plan, DateOnly asOf, int year)
    {
        var daysInYear = DateTime.IsLeapYear(year) ? 366 : 365;
        if (asOf.Year < year) return 0m;
        var day = asOf.Year > year ? daysInYear : asOf.DayOfYear;
        var knots = new List<(int Day, decimal Percent)> { (0, 0m) };
        if (plan is not null)
        {
            foreach (var point in plan.Points.Where(p => p.Month is >= 1 and <= 12).OrderBy(p => p.Month))
                knots.Add((new DateOnly(year, point.Month, DateTime.DaysInMonth(year, point.Month)).DayOfYear, point.Percent.Value));
        }
        if (knots[^1].Day < daysInYear) knots.Add((daysInYear, 100m));
        for (var k = 1; k < knots.Count; k++)
        {
            var (d1, p1) = knots[k];
            if (day > d1) continue;
            var (d0, p0) = knots[k - 1];
            return d1 == d0 ? p1 : p0 + (p1 - p0) * (day - d0) / (d1 - d0);
        }
        return knots[^1].Percent;
    }
}
