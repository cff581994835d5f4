using System.Globalization;
using Jixiao.Core.Model;
using Jixiao.Core.Monitoring;
using Jixiao.Core.Performance;
using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;
using Jixiao.Core.Values;

namespace Jixiao.Data.Monitoring;

/// <summary>
/// 运行监控 in the store (docs/monitoring.md "In the web system"): the finance bureau opens a period with its 报送截止日期;
/// a unit reports on each approved or published document — attached to the document's frozen version, pre-filled line by
/// line by stable key — execution to date per project and each line's progress; Core's
/// <see cref="MonitoringCalculator"/> lights it against each project's own plan; submission (报送) is refused while a red
/// item lacks cause and remedy; the department confirms or returns; the finance bureau adds 整改要求 and later 整改结果.
/// Every call checks <see cref="MonitoringPolicy"/>; every change writes the target document's audit log.
/// </summary>
public sealed partial class MonitoringService(JixiaoStore store, MonitoringOverviewCache? overviews = null)
{
    private readonly JixiaoDbContext _db = store.Context;

    private readonly Data.Settings.PerformanceSettingsService _settings = new(store);

    /// <summary>The jurisdiction's monitoring settings (docs/performance-settings.md; FORMAT.md's defaults until it sets its own).</summary>
    private Task<MonitoringSettings> SettingsAsync(int jurisdictionId, CancellationToken ct) => _settings.MonitoringAsync(jurisdictionId, ct);

    /// <summary>The month-ends a period may end at in the actor's jurisdiction (1–7月: [7]; quarters: [3, 6, 9, 12]).</summary>
    public async Task<IReadOnlyList<int>> CheckpointMonthsAsync(Actor? actor, CancellationToken ct = default)
    {
        if (actor is null) throw new AccessDeniedException("请先登录：运行监控只对本辖区的用户开放。");
        return (await SettingsAsync(actor.JurisdictionId, ct).ConfigureAwait(false)).CheckpointMonths;
    }

    private DbSet<MonitoringPeriodEntity> Periods => _db.Set<MonitoringPeriodEntity>();
    private DbSet<MonitoringReportEntity> Reports => _db.Set<MonitoringReportEntity>();
    private DbSet<MonitoringReportVersionEntity> Versions => _db.Set<MonitoringReportVersionEntity>();
    private DbSet<MonitoringItemEntity> Items => _db.Set<MonitoringItemEntity>();

    /// <summary>The periods of the actor's jurisdiction (of a year, or all), newest first.</summary>
    public async Task<IReadOnlyList<MonitoringPeriodView>> ListPeriodsAsync(Actor? actor, int? fiscalYear = null, CancellationToken ct = default)
    {
        if (actor is null) throw new AccessDeniedException("请先登录：运行监控只对本辖区的用户开放。");
        var q = Periods.AsNoTracking().Where(p => p.JurisdictionId == actor.JurisdictionId);
        if (fiscalYear is int y) q = q.Where(p => p.FiscalYear == y);
        var rows = await q.OrderByDescending(p => p.FiscalYear).ThenByDescending(p => p.EndMonth).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(ToView).ToArray();
    }

    /// <summary>
    /// Opens a period (finance bureau): 1–<paramref name="endMonth"/>月 of a year, where the month is one of the settings'
    /// checkpoints (7 by default; quarters or months where a jurisdiction sets them), with its 报送截止日期.
    /// </summary>
    public async Task<MonitoringPeriodView> OpenPeriodAsync(Actor? actor, int fiscalYear, int? endMonth, DateOnly deadline, CancellationToken ct = default)
    {
        if (actor is null || !MonitoringPolicy.CanOpenPeriod(actor, actor.JurisdictionId))
            throw new AccessDeniedException(actor is null ? "请先登录：未登录用户不能开启监控期。" : $"您（{actor.Role.ToChinese()} {actor.DisplayName}）无权开启监控期：由财政审核人开启。");
        var settings = await SettingsAsync(actor.JurisdictionId, ct).ConfigureAwait(false);
        var month = endMonth ?? settings.CheckpointMonths.DefaultIfEmpty(7).Max();
        if (!settings.CheckpointMonths.Contains(month))
            throw new InvalidInputException($"监控期截至{month}月不在本辖区设置的监控月份（{string.Join("、", settings.CheckpointMonths.Select(m => m + "月"))}）内。");
        if (fiscalYear is < 2000 or > 2100) throw new InvalidInputException($"年度“{fiscalYear}”不是有效的预算年度。");
        var asOf = new DateOnly(fiscalYear, month, DateTime.DaysInMonth(fiscalYear, month));
        if (deadline < asOf)
            throw new InvalidInputException($"报送截止日期 {ChineseDates.Date(deadline)} 早于监控期末 {ChineseDates.Date(asOf)}：截止日期须在监控期结束之后。");
        var name = PeriodName(fiscalYear, month);
        if (await Periods.AnyAsync(p => p.JurisdictionId == actor.JurisdictionId && p.FiscalYear == fiscalYear && p.EndMonth == month, ct).ConfigureAwait(false))
            throw new WorkflowException($"{name}的监控期已经开启。");
        var period = new MonitoringPeriodEntity
        {
            JurisdictionId = actor.JurisdictionId, FiscalYear = fiscalYear, EndMonth = month, AsOf = asOf, Deadline = deadline,
            CreatedBy = actor.UserName, CreatedAt = store.Now,
        };
        Periods.Add(period);
        store.Audit(null, actor, "开启监控期", name, "报送截止日期", null, ChineseDates.Date(deadline));
        await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        return ToView(period);
    }

    /// <summary>One page (the first 100 by default) of the approved and published documents of the period's year the actor may see, each with its report if started.</summary>
    public async Task<Paged<MonitoringDocumentEntry>> ListDocumentsAsync(Actor? actor, int periodId, PageRequest? page = null, CancellationToken ct = default)
    {
        var period = await PeriodAsync(actor, periodId, ct).ConfigureAwait(false);
        var docs = _db.Documents.AsNoTracking().Where(d => d.JurisdictionId == period.JurisdictionId && d.FiscalYear == period.FiscalYear
            && (d.State == WorkflowState.Approved || d.State == WorkflowState.Published));
        docs = actor!.Role switch
        {
            Role.UnitFiler when actor.BudgetUnitId is int unit => docs.Where(d => d.BudgetUnitId == unit),
            Role.DepartmentReviewer when actor.DepartmentId is int department => docs.Where(d => d.DepartmentId == department),
            Role.FinanceReviewer or Role.Administrator => docs,
            _ => docs.Where(d => false),
        };
        var rows = await docs.OrderBy(d => d.DepartmentId).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Title, d.UnitName, d.DepartmentId, d.BudgetUnitId, d.State }).ToPagedAsync(page ?? PageRequest.First, ct).ConfigureAwait(false);
        var ids = rows.Items.Select(r => r.Id).ToArray();
        var reports = await Reports.AsNoTracking().Where(r => r.PeriodId == periodId && ids.Contains(r.DocumentId)).ToListAsync(ct).ConfigureAwait(false);
        var byDocument = reports.ToDictionary(r => r.DocumentId);
        return rows.Map(d => new MonitoringDocumentEntry(d.Id, d.Title, d.UnitName, d.DepartmentId, d.State.ToChinese(),
            !byDocument.ContainsKey(d.Id) && MonitoringPolicy.CanStart(actor, period.JurisdictionId, d.DepartmentId, d.BudgetUnitId),
            byDocument.TryGetValue(d.Id, out var r) ? ToSummary(r, period) : null));
    }

    /// <summary>
    /// Starts the report on an approved or published document for a period: attached to the document's frozen version,
    /// pre-filled from its targets (每个项目的全年预算数, every line by key, nothing reported).
    /// </summary>
    public async Task<MonitoringReportDetail> StartAsync(Actor? actor, int periodId, int documentId, CancellationToken ct = default)
    {
        var period = await PeriodAsync(actor, periodId, ct).ConfigureAwait(false);
        var d = await store.VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        if (d.State is not (WorkflowState.Approved or WorkflowState.Published))
            throw new WorkflowException($"文档“{d.Title}”当前为“{d.State.ToChinese()}”：只有已审核或已公开的绩效目标才能填报运行监控。");
        if (d.FiscalYear != period.FiscalYear)
            throw new WorkflowException($"文档“{d.Title}”是{d.FiscalYear}年度的，不属于{PeriodName(period.FiscalYear, period.EndMonth)}监控期。");
        if (!MonitoringPolicy.CanStart(actor, d.JurisdictionId, d.DepartmentId, d.BudgetUnitId))
            throw Denied(actor, $"文档“{d.Title}”", "填报运行监控");
        var version = await _db.DocumentVersions.AsNoTracking()
            .FirstAsync(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion, ct).ConfigureAwait(false);
        if (!version.Frozen) throw new WorkflowException($"文档“{d.Title}”第 {version.Number} 版尚未冻结，不能据此监控。");
        if (await Reports.AnyAsync(r => r.PeriodId == periodId && r.DocumentId == d.Id, ct).ConfigureAwait(false))
            throw new WorkflowException($"《{d.Title}》{PeriodName(period.FiscalYear, period.EndMonth)}的监控表已经开始，请打开它继续填写。");

        var targets = DocumentJsonReader.Read(version.SnapshotJson);
        var sheet = MonitoringSheets.Template(targets, period.AsOf);
        var result = MonitoringSheets.Compute(targets, sheet, period.AsOf, await SettingsAsync(period.JurisdictionId, ct).ConfigureAwait(false));
        var now = store.Now;
        var report = new MonitoringReportEntity
        {
            PeriodId = period.Id, DocumentId = d.Id, DocumentVersion = version.Number, JurisdictionId = d.JurisdictionId,
            DepartmentId = d.DepartmentId, BudgetUnitId = d.BudgetUnitId, FiscalYear = d.FiscalYear, DocumentTitle = d.Title,
            UnitName = d.UnitName, State = MonitoringState.Draft, CurrentVersion = 1, CreatedBy = actor!.UserName, CreatedAt = now,
            UpdatedBy = actor.UserName, UpdatedAt = now, RowVersion = 1,
        };
        Reports.Add(report);
        Versions.Add(new MonitoringReportVersionEntity
        {
            Report = report, Number = 1, SheetJson = MonitoringSheets.SheetJson(sheet), CreatedBy = actor.UserName, CreatedAt = now,
        });
        WriteItems(report, targets, result, [], []);
        store.Audit(d, actor, "开始监控", Where(period), "依据版本", null, $"第{version.Number}版");
        try
        {
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            throw new WorkflowException($"《{d.Title}》{PeriodName(period.FiscalYear, period.EndMonth)}的监控表已经开始，请打开它继续填写。");
        }
        return await GetAsync(actor, report.Id, ct).ConfigureAwait(false);
    }

    /// <summary>The report with its current inputs lit.</summary>
    public async Task<MonitoringReportDetail> GetAsync(Actor? actor, int reportId, CancellationToken ct = default)
    {
        var r = await VisibleAsync(actor, reportId, track: false, ct).ConfigureAwait(false);
        var (period, targets, version) = await LoadAsync(r, ct).ConfigureAwait(false);
        var sheet = MonitoringSheets.ReadSheet(version.SheetJson);
        var result = MonitoringSheets.Compute(targets, sheet, period.AsOf, await SettingsAsync(period.JurisdictionId, ct).ConfigureAwait(false));
        return await DetailAsync(r, period, targets, result, MonitoringSheets.ReadNotes(version.CauseNotesJson), ct).ConfigureAwait(false);
    }

    /// <summary>Lights inputs without saving them (the entry page's live lights): the same checks and calculator as a save.</summary>
    public async Task<MonitoringReportDetail> ComputeAsync(Actor? actor, int reportId, MonitoringInputs inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var r = await VisibleAsync(actor, reportId, track: false, ct).ConfigureAwait(false);
        var (period, targets, _) = await LoadAsync(r, ct).ConfigureAwait(false);
        var settings = await SettingsAsync(period.JurisdictionId, ct).ConfigureAwait(false);
        var (sheet, notes) = MonitoringSheets.SheetOf(targets, period.AsOf, inputs, settings);
        return await DetailAsync(r, period, targets, MonitoringSheets.Compute(targets, sheet, period.AsOf, settings), notes, ct).ConfigureAwait(false);
    }

    /// <summary>One page (the first 100 by default) of the reports of a period the actor may see (the filer's unit, the department, the jurisdiction).</summary>
    public async Task<Paged<MonitoringReportSummary>> ListReportsAsync(Actor? actor, int periodId, PageRequest? page = null, CancellationToken ct = default)
    {
        var period = await PeriodAsync(actor, periodId, ct).ConfigureAwait(false);
        var rows = await VisibleReports(actor).Where(r => r.PeriodId == periodId).OrderBy(r => r.DepartmentId).ThenBy(r => r.Id)
            .ToPagedAsync(page ?? PageRequest.First, ct).ConfigureAwait(false);
        return rows.Map(r => ToSummary(r, period));
    }

    /// <summary>One page (the first 100 by default) of the changes of this report (from the target document's audit log), oldest first.</summary>
    public async Task<Paged<AuditEntry>> GetAuditAsync(Actor? actor, int reportId, PageRequest? page = null, CancellationToken ct = default)
    {
        var r = await VisibleAsync(actor, reportId, track: false, ct).ConfigureAwait(false);
        var period = await Periods.AsNoTracking().FirstAsync(p => p.Id == r.PeriodId, ct).ConfigureAwait(false);
        var where = Where(period);
        var rows = await _db.AuditLog.AsNoTracking()
            .Where(a => a.DocumentId == r.DocumentId && a.Where != null && a.Where.StartsWith(where) && AuditActions.Contains(a.Action))
            .OrderBy(a => a.Id).ToPagedAsync(page ?? PageRequest.First, ct).ConfigureAwait(false);
        return rows.Map(a => new AuditEntry(a.At, a.UserName, a.Action, a.Where, a.Field, a.OldValue, a.NewValue));
    }

    /// <summary>The audit actions of monitoring, so a document's log can be filtered.</summary>
    internal static readonly string[] AuditActions = ["开始监控", "监控保存", "监控导入", "监控报送", "监控确认", "监控退回", "整改要求", "整改结果"];

    /// <summary>“2024年1–7月”.</summary>
    public static string PeriodName(int year, int endMonth) => $"{year}年1–{endMonth}月";

    /// <summary>The audit's where of a period's report: “2024年1–7月运行监控”, then “·项目…” for an item.</summary>
    private static string Where(MonitoringPeriodEntity p) => PeriodName(p.FiscalYear, p.EndMonth) + "运行监控";

    private async Task<MonitoringReportDetail> DetailAsync(MonitoringReportEntity r, MonitoringPeriodEntity period, TargetDocument targets,
        MonitoringResult result, Dictionary<string, string> notes, CancellationToken ct)
    {
        var settings = await SettingsAsync(period.JurisdictionId, ct).ConfigureAwait(false);
        var versions = await Versions.AsNoTracking().Where(v => v.ReportId == r.Id).OrderBy(v => v.Number).ToListAsync(ct).ConfigureAwait(false);
        var items = await Items.AsNoTracking().Where(i => i.ReportId == r.Id).ToListAsync(ct).ConfigureAwait(false);
        var followUps = items.ToDictionary(i => (i.ProjectKey, i.IndicatorKey), FollowUpOf);
        var projects = new List<MonitoringProjectView>(result.Projects.Count);
        for (var i = 0; i < result.Projects.Count; i++)
        {
            var p = result.Projects[i];
            var key = p.Key ?? "";
            var lines = p.Indicators.Select((l, k) => new MonitoringLineView(k + 1, l.Key ?? "", l.Level2, l.Name, l.Target, l.Progress, l.Forecast,
                l.Likelihood, l.Causes, notes.GetValueOrDefault(key + "/" + l.Key), l.Remedy, l.Light.ToFormat(), l.Light.ToChinese(),
                followUps.GetValueOrDefault((key, l.Key ?? "")))).ToArray();
            projects.Add(new MonitoringProjectView(i + 1, key, p.Code, p.Name, p.Execution.YearBudget?.Text, p.Execution.Executed?.Text,
                p.PlannedRate, p.ExecutionRate, p.Light.ToFormat(), p.Light.ToChinese(), p.Causes, notes.GetValueOrDefault(key), p.Remedy,
                followUps.GetValueOrDefault((key, "")), lines));
        }
        var counts = Count(result);
        var summary = ToSummary(r, period) with { Red = counts[Light.Red], Yellow = counts[Light.Yellow], Green = counts[Light.Green], Blue = counts[Light.Blue] };
        return new MonitoringReportDetail(summary, period.AsOf, (targets.MoneyUnit ?? MoneyUnit.TenThousandYuan).ToChinese(), projects,
            MonitoringSheets.FindingsOf(result), result.BlocksSubmission,
            versions.Select(v => new MonitoringVersionView(v.Number, v.Frozen, v.CreatedBy, v.CreatedAt, v.SubmittedBy, v.SubmittedAt)).ToArray(),
            settings.Causes, settings.LikelihoodLights.Select(l => l.Likelihood).ToArray());
    }

    private static FollowUpView? FollowUpOf(MonitoringItemEntity i) => i.Requirement is null && i.Outcome is null
        ? null
        : new FollowUpView(i.Id, i.Requirement, i.RequirementBy, i.RequirementAt, i.Outcome, i.OutcomeBy, i.OutcomeAt);

    /// <summary>Light counts over every project and line of a result.</summary>
    internal static Dictionary<Light, int> Count(MonitoringResult result)
    {
        var counts = Enum.GetValues<Light>().ToDictionary(l => l, _ => 0);
        foreach (var p in result.Projects)
        {
            counts[p.Light]++;
            foreach (var l in p.Indicators) counts[l.Light]++;
        }
        return counts;
    }

    /// <summary>The period, the targets (the frozen version the report is attached to) and the current version of the inputs.</summary>
    private async Task<(MonitoringPeriodEntity Period, TargetDocument Targets, MonitoringReportVersionEntity Version)> LoadAsync(
        MonitoringReportEntity r, CancellationToken ct, bool trackVersion = false)
    {
        var period = await Periods.AsNoTracking().FirstAsync(p => p.Id == r.PeriodId, ct).ConfigureAwait(false);
        var snapshot = await _db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == r.DocumentId && v.Number == r.DocumentVersion)
            .Select(v => v.SnapshotJson).FirstAsync(ct).ConfigureAwait(false);
        var versions = trackVersion ? Versions : Versions.AsNoTracking();
        var version = await versions.FirstAsync(v => v.ReportId == r.Id && v.Number == r.CurrentVersion, ct).ConfigureAwait(false);
        return (period, DocumentJsonReader.Read(snapshot), version);
    }

    private async Task<MonitoringPeriodEntity> PeriodAsync(Actor? actor, int periodId, CancellationToken ct)
    {
        if (actor is null) throw new AccessDeniedException("请先登录：运行监控只对本辖区的用户开放。");
        return await Periods.AsNoTracking().FirstOrDefaultAsync(p => p.Id == periodId && p.JurisdictionId == actor.JurisdictionId, ct).ConfigureAwait(false)
            ?? throw new NotFoundException($"找不到编号为 {periodId} 的监控期，或您无权查看。");
    }

    private async Task<MonitoringReportEntity> VisibleAsync(Actor? actor, int reportId, bool track, CancellationToken ct)
    {
        var q = track ? Reports : Reports.AsNoTracking();
        var r = await q.FirstOrDefaultAsync(x => x.Id == reportId, ct).ConfigureAwait(false);
        if (r is null || !MonitoringPolicy.Can(actor, MonitoringAction.View, ScopeOf(r)))
            throw new NotFoundException($"找不到编号为 {reportId} 的监控表，或您无权查看。");
        return r;
    }

    /// <summary>The same matrix as <see cref="MonitoringPolicy"/> for View, as a query.</summary>
    private IQueryable<MonitoringReportEntity> VisibleReports(Actor? actor) => Visible(Reports.AsNoTracking(), actor,
        r => r.JurisdictionId, r => r.DepartmentId, r => r.BudgetUnitId);

    private IQueryable<MonitoringItemEntity> VisibleItems(Actor? actor) => Visible(Items.AsNoTracking(), actor,
        i => i.JurisdictionId, i => i.DepartmentId, i => i.BudgetUnitId);

    private static IQueryable<T> Visible<T>(IQueryable<T> q, Actor? actor, System.Linq.Expressions.Expression<Func<T, int>> jurisdiction,
        System.Linq.Expressions.Expression<Func<T, int>> department, System.Linq.Expressions.Expression<Func<T, int?>> unit)
    {
        if (actor is null) return q.Where(_ => false);
        q = q.Where(Equal(jurisdiction, actor.JurisdictionId));
        return actor.Role switch
        {
            Role.UnitFiler when actor.BudgetUnitId is int u => q.Where(Equal(unit, (int?)u)),
            Role.DepartmentReviewer when actor.DepartmentId is int d => q.Where(Equal(department, d)),
            Role.FinanceReviewer or Role.Administrator => q,
            _ => q.Where(_ => false),
        };
    }

    private static System.Linq.Expressions.Expression<Func<T, bool>> Equal<T, TValue>(System.Linq.Expressions.Expression<Func<T, TValue>> member, TValue value)
    {
        var body = System.Linq.Expressions.Expression.Equal(member.Body, System.Linq.Expressions.Expression.Constant(value, typeof(TValue)));
        return System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(body, member.Parameters);
    }

    private static MonitoringScope ScopeOf(MonitoringReportEntity r) => new(r.JurisdictionId, r.DepartmentId, r.BudgetUnitId, r.State);

    private static void Require(Actor? actor, MonitoringAction action, MonitoringReportEntity r, string what)
    {
        if (!MonitoringPolicy.Can(actor, action, ScopeOf(r)))
            throw Denied(actor, $"《{r.DocumentTitle}》的监控表（{r.State.ToChinese()}）", what);
    }

    private static AccessDeniedException Denied(Actor? actor, string target, string what) => new(actor is null
        ? $"请先登录：未登录用户不能{what}。"
        : $"您（{actor.Role.ToChinese()} {actor.DisplayName}）无权对{target}{what}。");

    internal static MonitoringPeriodView ToView(MonitoringPeriodEntity p) =>
        new(p.Id, p.FiscalYear, p.EndMonth, PeriodName(p.FiscalYear, p.EndMonth), p.AsOf, p.Deadline, p.CreatedBy);

    internal static MonitoringReportSummary ToSummary(MonitoringReportEntity r, MonitoringPeriodEntity p) => new(r.Id, r.PeriodId,
        PeriodName(p.FiscalYear, p.EndMonth), p.Deadline, r.DocumentId, r.DocumentVersion, r.FiscalYear, r.DocumentTitle, r.UnitName,
        r.DepartmentId, r.BudgetUnitId, r.State, r.State.ToChinese(), r.CurrentVersion, r.Red, r.Yellow, r.Green, r.Blue, r.ReturnNote,
        r.RowVersion, r.UpdatedAt, r.SubmittedAt);
}
