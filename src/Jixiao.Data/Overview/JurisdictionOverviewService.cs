using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Overview;

/// <summary>
/// 辖区总览 for the finance bureau (issue 20 item 4): every department of the jurisdiction with its documents by state,
/// budget totals (万元, the exact sums of the projects' 预算数), open findings and what is overdue; filtered by year,
/// department, unit, state, name and code. Overdue (逾期): the year's 报送截止日期 (set by the administrator) has passed
/// in Beijing time and the document is still 草稿 or 被退回. Open to the roles that view the whole jurisdiction
/// (财政审核人, 系统管理员); others are refused (403).
/// </summary>
public sealed class JurisdictionOverviewService(JixiaoDbContext db, TimeProvider time)
{
    /// <summary>Beijing time, in which deadlines are days.</summary>
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>At most this many documents go into one export (a jurisdiction files a few hundred a year).</summary>
    public const int MaxExportRows = 20_000;

    public async Task<JurisdictionOverview> GetAsync(Actor? actor, OverviewFilter filter, PageRequest? page = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var paging = (page ?? PageRequest.First).Checked();
        var (all, departments, today, units) = await ReadAsync(actor, filter, ct).ConfigureAwait(false);
        var states = Enum.GetValues<WorkflowState>().Select(s => new OverviewState(s, s.ToChinese(),
            all.Count(d => d.State == s), all.Where(d => d.State == s).Sum(d => d.BudgetWan))).ToList();
        var byDepartment = all.ToLookup(d => d.DepartmentId);
        var lines = departments.Select(d =>
        {
            var docs = byDepartment[d.Id].ToList();
            int Count(WorkflowState s) => docs.Count(x => x.State == s);
            return new OverviewDepartment(d.Id, d.Code, d.Name, docs.Count, Count(WorkflowState.Draft), Count(WorkflowState.Submitted),
                Count(WorkflowState.Returned), Count(WorkflowState.Approved), Count(WorkflowState.Published), docs.Sum(x => x.BudgetWan),
                docs.Sum(x => x.Errors), docs.Sum(x => x.Warnings), docs.Count(x => x.Overdue));
        }).ToList();
        return new JurisdictionOverview(filter, today, states, lines, Paged<OverviewDocument>.Of(all, paging), all.Count(d => d.Overdue),
            all.Sum(d => d.BudgetWan), units);
    }

    /// <summary>Every document the filter keeps (for the export), at most <see cref="MaxExportRows"/>.</summary>
    public async Task<IReadOnlyList<OverviewDocument>> DocumentsAsync(Actor? actor, OverviewFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var (all, _, _, _) = await ReadAsync(actor, filter, ct).ConfigureAwait(false);
        return all;
    }

    private sealed record DepartmentRow(int Id, string Code, string Name);

    private async Task<(List<OverviewDocument> Documents, List<DepartmentRow> Departments, DateOnly Today, List<OverviewUnit> Units)> ReadAsync(Actor? actor,
        OverviewFilter filter, CancellationToken ct)
    {
        if (actor is not { Role: Role.FinanceReviewer or Role.Administrator })
            throw new AccessDeniedException(actor is null ? "请先登录：辖区总览只对财政部门开放。" : $"您（{actor.Role.ToChinese()}）无权查看辖区总览：只有财政审核人和系统管理员可以。");
        if (filter.State is { } s && !Enum.IsDefined(s)) throw new InvalidInputException($"状态“{s}”无效。");
        var jurisdiction = actor.JurisdictionId;
        var departments = await db.Departments.AsNoTracking().Where(d => d.JurisdictionId == jurisdiction)
            .OrderBy(d => d.Code).Select(d => new DepartmentRow(d.Id, d.Code, d.Name)).ToListAsync(ct).ConfigureAwait(false);
        var units = await db.BudgetUnits.AsNoTracking().Where(u => db.Departments.Any(d => d.Id == u.DepartmentId && d.JurisdictionId == jurisdiction))
            .Select(u => new { u.Id, u.DepartmentId, u.Code, u.Name }).ToDictionaryAsync(u => u.Id, ct).ConfigureAwait(false);
        var deadlines = await db.FiscalYears.AsNoTracking().Where(y => y.JurisdictionId == jurisdiction && y.SubmissionDeadline != null)
            .ToDictionaryAsync(y => y.Year, y => y.SubmissionDeadline, ct).ConfigureAwait(false);

        var q = db.Documents.AsNoTracking().Where(d => d.JurisdictionId == jurisdiction);
        if (filter.Year is int year) q = q.Where(d => d.FiscalYear == year);
        if (filter.DepartmentId is int department) q = q.Where(d => d.DepartmentId == department);
        if (filter.BudgetUnitId is int unit) q = q.Where(d => d.BudgetUnitId == unit);
        if (filter.State is { } state) q = q.Where(d => d.State == state);
        var docs = await q.Select(d => new { d.Id, d.FiscalYear, d.DepartmentId, d.BudgetUnitId, d.UnitName, d.Title, d.State, d.ProjectCount,
            d.Errors, d.Warnings, d.UpdatedAt }).ToListAsync(ct).ConfigureAwait(false);

        var name = Limits.InputText.Clean(filter.Name)?.Trim();
        var code = Limits.InputText.Clean(filter.Code)?.Trim();
        var departmentById = departments.ToDictionary(d => d.Id);
        var kept = docs.Where(d => departmentById.ContainsKey(d.DepartmentId)).Select(d =>
        {
            var dep = departmentById[d.DepartmentId];
            var u = d.BudgetUnitId is int b ? units.GetValueOrDefault(b) : null;
            return (Doc: d, Department: dep, UnitCode: u?.Code, UnitName: u?.Name ?? d.UnitName);
        }).Where(x => string.IsNullOrEmpty(name) || x.Department.Name.Contains(name, StringComparison.Ordinal)
                      || x.UnitName.Contains(name, StringComparison.Ordinal) || x.Doc.Title.Contains(name, StringComparison.Ordinal))
          .Where(x => string.IsNullOrEmpty(code) || x.Department.Code.StartsWith(code, StringComparison.OrdinalIgnoreCase)
                      || (x.UnitCode?.StartsWith(code, StringComparison.OrdinalIgnoreCase) ?? false))
          .ToList();
        if (kept.Count > MaxExportRows)
            throw new InvalidInputException($"符合条件的文档有 {kept.Count} 份，超过 {MaxExportRows} 份：请按年度或部门缩小范围。");

        // Budget totals: the exact 万元 of every project of the kept documents, summed here (SQLite keeps decimals as text).
        var ids = kept.Select(x => x.Doc.Id).ToArray();
        var budgets = new Dictionary<int, decimal>();
        foreach (var chunk in ids.Chunk(1000))
        {
            var rows = await db.Projects.AsNoTracking().Where(p => chunk.Contains(p.DocumentId))
                .Select(p => new { p.DocumentId, p.BudgetWan }).ToListAsync(ct).ConfigureAwait(false);
            foreach (var r in rows) budgets[r.DocumentId] = budgets.GetValueOrDefault(r.DocumentId) + (r.BudgetWan ?? 0m);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Beijing).DateTime);
        var result = kept.Select(x =>
        {
            var deadline = deadlines.GetValueOrDefault(x.Doc.FiscalYear);
            var overdue = deadline is { } end && today > end && x.Doc.State is WorkflowState.Draft or WorkflowState.Returned;
            return new OverviewDocument(x.Doc.Id, x.Doc.FiscalYear, x.Department.Id, x.Department.Code, x.Department.Name, x.Doc.BudgetUnitId,
                x.UnitCode, x.UnitName, x.Doc.Title, x.Doc.State, x.Doc.State.ToChinese(), x.Doc.ProjectCount, budgets.GetValueOrDefault(x.Doc.Id),
                x.Doc.Errors, x.Doc.Warnings, deadline, overdue, x.Doc.UpdatedAt);
        }).Where(d => !filter.OverdueOnly || d.Overdue)
          .OrderByDescending(d => d.FiscalYear).ThenBy(d => d.DepartmentCode, StringComparer.Ordinal)
          .ThenBy(d => d.UnitCode ?? "", StringComparer.Ordinal).ThenBy(d => d.DocumentId).ToList();
        // A department filter keeps only that department's line; otherwise every department has one, with zeros.
        var shown = filter.DepartmentId is int only ? departments.Where(d => d.Id == only).ToList() : departments;
        var unitList = units.Values.OrderBy(u => u.Code, StringComparer.Ordinal).Select(u => new OverviewUnit(u.Id, u.DepartmentId, u.Code, u.Name)).ToList();
        return (result, shown, today, unitList);
    }
}
