using System.Globalization;
using Jixiao.Core.Monitoring;
using Jixiao.Core.Performance;
using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Jixiao.Documents.Monitoring;
using Microsoft.EntityFrameworkCore;
using Jixiao.Core.Values;

namespace Jixiao.Data.Monitoring;

public sealed partial class MonitoringService
{
    /// <summary>China Standard Time: the 报送截止日期 is a day in the jurisdiction, not in UTC.</summary>
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>
    /// The overview of a period over what the actor may see (the finance bureau: the jurisdiction), optionally one
    /// department: light counts of reported tables per department and in total, the red items with their causes (one
    /// page, <paramref name="redPage"/>), the documents not yet reported with the days left until the deadline, and the
    /// planned against actual cumulative spending in total. Answered from <see cref="MonitoringOverviewCache"/> while
    /// nothing was written since (docs/caching.md); a refusal is never cached.
    /// </summary>
    public async Task<MonitoringOverview> OverviewAsync(Actor? actor, int periodId, int? departmentId = null, PageRequest? redPage = null,
        CancellationToken ct = default)
    {
        var page = (redPage ?? PageRequest.First).Checked();
        if (overviews is null || actor is null) return await ComputeOverviewAsync(actor, periodId, departmentId, page, ct).ConfigureAwait(false);
        var key = MonitoringOverviewCache.KeyOf(actor, periodId, departmentId, page, Today());
        return await overviews.GetOrComputeAsync(key, () => ComputeOverviewAsync(actor, periodId, departmentId, page, ct), ct).ConfigureAwait(false);
    }

    /// <summary>The day in Beijing time, from the store's clock (tests inject it).</summary>
    private DateOnly Today() => DateOnly.FromDateTime(store.Now.ToOffset(Beijing).DateTime);

    private async Task<MonitoringOverview> ComputeOverviewAsync(Actor? actor, int periodId, int? departmentId, PageRequest page, CancellationToken ct)
    {
        var period = await PeriodAsync(actor, periodId, ct).ConfigureAwait(false);
        var reports = VisibleReports(actor).Where(r => r.PeriodId == periodId);
        if (departmentId is int only) reports = reports.Where(r => r.DepartmentId == only);
        var reportRows = await reports.Select(r => new { r.Id, r.DocumentId, r.DepartmentId, r.UnitName, r.DocumentTitle, r.State })
            .ToListAsync(ct).ConfigureAwait(false);
        var reported = reportRows.Where(r => MonitoringStates.IsReported(r.State)).Select(r => r.Id).ToArray();

        var documents = await VisibleDocuments(actor!, period, departmentId)
            .Select(d => new { d.Id, d.DepartmentId, d.UnitName, d.Title }).ToListAsync(ct).ConfigureAwait(false);
        var names = await _db.Departments.AsNoTracking().Where(d => d.JurisdictionId == period.JurisdictionId)
            .Select(d => new { d.Id, d.Name }).ToDictionaryAsync(d => d.Id, d => d.Name, ct).ConfigureAwait(false);
        string Name(int id) => names.GetValueOrDefault(id) ?? $"部门{id}";

        var items = ReportedItems(periodId, reported);
        var counts = await items.GroupBy(i => new { i.DepartmentId, i.Light }).Select(g => new { g.Key.DepartmentId, g.Key.Light, Count = g.Count() })
            .ToListAsync(ct).ConfigureAwait(false);
        LightCounts CountsOf(IEnumerable<(string Light, int Count)> rows)
        {
            var list = rows.ToList();
            int Of(Light l) => list.Where(x => x.Light == l.ToFormat()).Sum(x => x.Count);
            return new LightCounts(Of(Light.Red), Of(Light.Yellow), Of(Light.Green), Of(Light.Blue), Of(Light.None));
        }
        var reportsByDocument = reportRows.ToDictionary(r => r.DocumentId);
        var departments = documents.GroupBy(d => d.DepartmentId).OrderBy(g => g.Key).Select(g => new DepartmentMonitoring(g.Key, Name(g.Key), g.Count(),
            g.Count(d => reportsByDocument.TryGetValue(d.Id, out var r) && MonitoringStates.IsReported(r.State)),
            CountsOf(counts.Where(c => c.DepartmentId == g.Key).Select(c => (c.Light, c.Count))))).ToArray();

        var red = items.Where(i => i.Light == "red");
        var redTotal = await red.CountAsync(ct).ConfigureAwait(false);
        var redRows = await red.OrderBy(i => i.DepartmentId).ThenBy(i => i.ReportId).ThenBy(i => i.Position).Skip(page.Skip).Take(page.PageSize)
            .Join(Reports.AsNoTracking(), i => i.ReportId, r => r.Id, (i, r) => new { Item = i, r.UnitName })
            .ToListAsync(ct).ConfigureAwait(false);
        var redItems = redRows.Select(x => new RedItem(x.Item.ReportId, x.Item.DepartmentId, Name(x.Item.DepartmentId), x.UnitName, x.Item.ProjectKey,
            x.Item.IndicatorKey.Length == 0 ? null : x.Item.IndicatorKey, x.Item.ProjectName, x.Item.IndicatorKey.Length == 0 ? "预算执行" : x.Item.Name,
            x.Item.Target, x.Item.Progress, x.Item.Causes, x.Item.CauseNote, x.Item.Remedy, x.Item.Requirement, x.Item.Outcome)).ToArray();

        var today = Today();
        var daysLeft = period.Deadline.DayNumber - today.DayNumber;
        var pending = documents.Where(d => !(reportsByDocument.TryGetValue(d.Id, out var r) && MonitoringStates.IsReported(r.State)))
            .Select(d =>
            {
                reportsByDocument.TryGetValue(d.Id, out var r);
                return new PendingSubmission(d.Id, r?.Id, d.DepartmentId, Name(d.DepartmentId), d.UnitName, d.Title, r?.State.ToChinese() ?? "未开始",
                    period.Deadline, daysLeft);
            }).OrderBy(p => p.DepartmentId).ThenBy(p => p.DocumentId).ToArray();

        var spending = await SpendingAsync(actor, period, departmentId, null, null, ct).ConfigureAwait(false);
        return new MonitoringOverview(ToView(period), today, CountsOf(counts.Select(c => (c.Light, c.Count))), documents.Count, reported.Length,
            departments, redItems, redTotal, pending, spending);
    }

    /// <summary>
    /// Planned against actual cumulative spending of one project (by report and project key) or, with neither, of every
    /// reported project the actor may see (of one department when given). Planned: Σ budget × the project's plan at each
    /// month-end; actual: Σ executed at the end of each period of the year up to this one.
    /// </summary>
    public async Task<SpendingCurve> SpendingCurveAsync(Actor? actor, int periodId, int? reportId, string? projectKey, CancellationToken ct = default)
    {
        var period = await PeriodAsync(actor, periodId, ct).ConfigureAwait(false);
        if (reportId is int id) await VisibleAsync(actor, id, track: false, ct).ConfigureAwait(false);
        return await SpendingAsync(actor, period, null, reportId, projectKey, ct).ConfigureAwait(false);
    }

    private async Task<SpendingCurve> SpendingAsync(Actor? actor, MonitoringPeriodEntity period, int? departmentId, int? reportId, string? projectKey,
        CancellationToken ct)
    {
        var periods = await Periods.AsNoTracking().Where(p => p.JurisdictionId == period.JurisdictionId && p.FiscalYear == period.FiscalYear
            && p.EndMonth <= period.EndMonth).OrderBy(p => p.EndMonth).ToListAsync(ct).ConfigureAwait(false);
        var periodIds = periods.Select(p => p.Id).ToArray();
        var items = VisibleItems(actor).Where(i => periodIds.Contains(i.PeriodId) && i.IndicatorKey == "");
        items = reportId is int one
            ? items.Where(i => i.ReportId == one && i.ProjectKey == projectKey)
            : items.Where(i => Reports.Any(r => r.Id == i.ReportId && (r.State == MonitoringState.Submitted || r.State == MonitoringState.Confirmed)));
        if (departmentId is int d) items = items.Where(i => i.DepartmentId == d);
        var rows = await items.Select(i => new { i.PeriodId, i.ProjectName, i.BudgetWan, i.ExecutedWan, i.Plan }).ToListAsync(ct).ConfigureAwait(false);

        var current = rows.Where(r => r.PeriodId == period.Id).ToArray();
        var planned = new decimal[12];
        // Plans repeat across projects: each distinct plan is evaluated once, over the sum of its projects' budgets.
        foreach (var group in current.Where(r => r.BudgetWan is not null).GroupBy(r => r.Plan ?? "", StringComparer.Ordinal))
        {
            var budget = group.Sum(r => r.BudgetWan!.Value);
            var plan = MonitoringSheets.ParsePlan(group.Key);
            for (var m = 1; m <= 12; m++)
                planned[m - 1] += budget * PlannedRate.At(plan, new DateOnly(period.FiscalYear, m, DateTime.DaysInMonth(period.FiscalYear, m)), period.FiscalYear) / 100m;
        }
        var actual = periods.Select(p => new SpendingPoint(p.EndMonth, p.AsOf,
            Round(rows.Where(r => r.PeriodId == p.Id).Sum(r => r.ExecutedWan ?? 0m)))).ToArray();
        var name = reportId is not null ? current.FirstOrDefault()?.ProjectName ?? "项目" : departmentId is not null ? "本部门合计" : "合计";
        return new SpendingCurve(name, Round(current.Sum(r => r.BudgetWan ?? 0m)), planned.Select(Round).ToArray(), actual);
    }

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>The items of the reported (submitted or confirmed) tables of a period: drafts are not results yet.</summary>
    private IQueryable<MonitoringItemEntity> ReportedItems(int periodId, int[] reported) =>
        Items.AsNoTracking().Where(i => i.PeriodId == periodId && reported.Contains(i.ReportId));

    /// <summary>The approved and published documents of the period's year the actor may see: those a table is due for.</summary>
    private IQueryable<DocumentEntity> VisibleDocuments(Actor actor, MonitoringPeriodEntity period, int? departmentId)
    {
        var docs = _db.Documents.AsNoTracking().Where(d => d.JurisdictionId == period.JurisdictionId && d.FiscalYear == period.FiscalYear
            && (d.State == WorkflowState.Approved || d.State == WorkflowState.Published));
        if (departmentId is int only) docs = docs.Where(d => d.DepartmentId == only);
        return actor.Role switch
        {
            Role.UnitFiler when actor.BudgetUnitId is int unit => docs.Where(d => d.BudgetUnitId == unit),
            Role.DepartmentReviewer when actor.DepartmentId is int department => docs.Where(d => d.DepartmentId == department),
            Role.FinanceReviewer or Role.Administrator => docs,
            _ => docs.Where(d => false),
        };
    }

    /// <summary>Every table of the overview as one workbook: lights per department, every red item, pending submissions, spending.</summary>
    public async Task<byte[]> OverviewWorkbookAsync(Actor? actor, int periodId, int? departmentId = null, CancellationToken ct = default)
    {
        var first = await OverviewAsync(actor, periodId, departmentId, PageRequest.Largest, ct).ConfigureAwait(false);
        var red = first.RedItems.ToList();
        for (var page = 2; red.Count < first.RedItemsTotal; page++)
            red.AddRange((await OverviewAsync(actor, periodId, departmentId, new PageRequest(page, PageRequest.MaxPageSize), ct).ConfigureAwait(false)).RedItems);
        return TableWorkbook.Write(OverviewTables.Of(first, red));
    }

    private static string F(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The overview's tables as the page shows them (also the export's sheets).</summary>
    public static class OverviewTables
    {
        public static IReadOnlyList<ExportTable> Of(MonitoringOverview o, IReadOnlyList<RedItem> red)
        {
            var title = o.Period.Name + "运行监控";
            var lights = o.Departments.Select(d => (IReadOnlyList<string?>)[d.DepartmentName, N(d.Documents), N(d.Reported), N(d.Lights.Red),
                N(d.Lights.Yellow), N(d.Lights.Green), N(d.Lights.Blue), N(d.Lights.None)]).ToList();
            lights.Add(["合计", N(o.Documents), N(o.Reported), N(o.Total.Red), N(o.Total.Yellow), N(o.Total.Green), N(o.Total.Blue), N(o.Total.None)]);
            return
            [
                new ExportTable("各部门亮灯情况", title + "：各部门亮灯情况（已报送的监控表）",
                    ["部门", "应报文档", "已报送", "红灯", "黄灯", "绿灯", "蓝灯", "无法亮灯"], lights),
                new ExportTable("红灯事项", title + "：红灯事项",
                    ["部门", "单位", "项目", "事项", "指标值/预算数", "截至完成", "偏差原因", "原因说明", "纠偏措施", "整改要求", "整改结果"],
                    red.Select(r => (IReadOnlyList<string?>)[r.DepartmentName, r.UnitName, r.ProjectName, r.Name, r.Target, r.Progress, r.Causes,
                        r.CauseNote, r.Remedy, r.Requirement, r.Outcome]).ToArray()),
                new ExportTable("未报送", title + $"：未报送（报送截止日期 {ChineseDates.Date(o.Period.Deadline)}）",
                    ["部门", "单位", "文档", "状态", "截止日期", "剩余天数", "是否逾期"],
                    o.Pending.Select(p => (IReadOnlyList<string?>)[p.DepartmentName, p.UnitName, p.Title, p.State,
                        ChineseDates.Date(p.Deadline), N(p.DaysLeft), p.Overdue ? "逾期" : "未到期"]).ToArray()),
                new ExportTable("支出进度", title + $"：累计支出计划与实际（万元，{o.Spending.Name}）",
                    ["月份", "计划累计支出", "实际累计支出"],
                    Enumerable.Range(1, 12).Select(m => (IReadOnlyList<string?>)[m + "月", F(o.Spending.PlannedWan[m - 1]),
                        o.Spending.Actual.FirstOrDefault(a => a.Month == m) is { } a ? F(a.ExecutedWan) : null]).ToArray()),
            ];
        }

        private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
