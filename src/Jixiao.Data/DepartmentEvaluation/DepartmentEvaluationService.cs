using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Core.Performance;
using Jixiao.Data.Entities;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Security;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.DepartmentEvaluation;

/// <summary>
/// 部门整体自评 in the store (docs/department-evaluation.md): one per approved or published document with 部门整体
/// indicators, attached to its frozen version; the overall lines scored as a project's, execution and grades summed
/// from the document's project self-evaluations (read live while the version is open, frozen with it on submit). The
/// same workflow, roles (<see cref="EvaluationPolicy"/>), 复核, concurrency and audit as a project's self-evaluation.
/// </summary>
public sealed partial class DepartmentEvaluationService(JixiaoStore store)
{
    /// <summary>The audit log's 位置 of every department-wide line, so the document's log can be filtered.</summary>
    internal const string AuditWhere = "部门整体自评";

    private readonly JixiaoDbContext _db = store.Context;
    private readonly Settings.PerformanceSettingsService _settings = new(store);

    private DbSet<DepartmentEvaluationEntity> Evaluations => _db.Set<DepartmentEvaluationEntity>();
    private DbSet<DepartmentEvaluationVersionEntity> Versions => _db.Set<DepartmentEvaluationVersionEntity>();

    private Task<EvaluationSettings> SettingsAsync(int jurisdictionId, CancellationToken ct) => _settings.EvaluationAsync(jurisdictionId, ct);

    /// <summary>A document's department-wide self-evaluation (if started) and whether the actor may start it.</summary>
    public async Task<DocumentDepartmentEvaluation> GetForDocumentAsync(Actor? actor, int documentId, CancellationToken ct = default)
    {
        var d = await store.VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        var e = await Evaluations.AsNoTracking().FirstOrDefaultAsync(x => x.DocumentId == d.Id, ct).ConfigureAwait(false);
        var visible = e is not null && EvaluationPolicy.Can(actor, EvaluationAction.View, ScopeOf(e)) ? ToSummary(e) : null;
        var snapshot = await _db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion)
            .Select(v => v.SnapshotJson).FirstAsync(ct).ConfigureAwait(false);
        var overall = DocumentJsonReader.Read(snapshot).Overall?.Indicators.Count ?? 0;
        var evaluable = d.State is WorkflowState.Approved or WorkflowState.Published && overall > 0 && e is null;
        return new DocumentDepartmentEvaluation(d.Id, d.Title, d.FiscalYear, d.UnitName, d.State.ToChinese(), overall,
            evaluable && EvaluationPolicy.CanStart(actor, d.JurisdictionId, d.DepartmentId, d.BudgetUnitId), visible);
    }

    /// <summary>
    /// Starts the department-wide self-evaluation of an approved or published document: attached to its frozen version,
    /// every 部门整体 indicator pre-filled by key. Who may start it is who may fill the document's project evaluations.
    /// </summary>
    public async Task<DepartmentEvaluationDetail> StartAsync(Actor? actor, int documentId, CancellationToken ct = default)
    {
        var d = await store.VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        if (d.State is not (WorkflowState.Approved or WorkflowState.Published))
            throw new WorkflowException($"文档“{d.Title}”当前为“{d.State.ToChinese()}”：只有已审核或已公开的绩效目标才能开始部门整体自评。");
        if (!EvaluationPolicy.CanStart(actor, d.JurisdictionId, d.DepartmentId, d.BudgetUnitId))
            throw Denied(actor, $"文档“{d.Title}”", "开始部门整体自评");
        var version = await _db.DocumentVersions.AsNoTracking()
            .FirstAsync(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion, ct).ConfigureAwait(false);
        if (!version.Frozen) throw new WorkflowException($"文档“{d.Title}”第 {version.Number} 版尚未冻结，不能据此自评。");
        var overall = DepartmentEvaluationScoring.OverallOf(DocumentJsonReader.Read(version.SnapshotJson), d.Title);
        if (await Evaluations.AnyAsync(e => e.DocumentId == d.Id, ct).ConfigureAwait(false))
            throw new WorkflowException($"文档“{d.Title}”的部门整体自评已经开始，请打开它继续填写。");

        var sheet = DepartmentEvaluationScoring.Template(overall);
        var now = store.Now;
        var entity = new DepartmentEvaluationEntity
        {
            DocumentId = d.Id, DocumentVersion = version.Number, JurisdictionId = d.JurisdictionId, DepartmentId = d.DepartmentId,
            BudgetUnitId = d.BudgetUnitId, FiscalYear = d.FiscalYear, UnitName = d.UnitName, State = EvaluationState.Draft, CurrentVersion = 1,
            CreatedBy = actor!.UserName, CreatedAt = now, UpdatedBy = actor.UserName, UpdatedAt = now, RowVersion = 1,
        };
        var scored = await ScoreAsync(entity, overall, sheet, null, ct).ConfigureAwait(false);
        entity.Total = scored.Result.Total;
        entity.Grade = scored.Result.Grade;
        Evaluations.Add(entity);
        Versions.Add(new DepartmentEvaluationVersionEntity
        {
            Evaluation = entity, Number = 1, SheetJson = EvaluationScoring.SheetJson(sheet), Total = entity.Total, Grade = entity.Grade,
            CreatedBy = actor.UserName, CreatedAt = now,
        });
        store.Audit(d, actor, "开始部门整体自评", AuditWhere, "依据版本", null, $"第{version.Number}版");
        try
        {
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            throw new WorkflowException($"文档“{d.Title}”的部门整体自评已经开始，请打开它继续填写。");
        }
        return await GetAsync(actor, entity.Id, ct).ConfigureAwait(false);
    }

    /// <summary>The department-wide self-evaluation with its current inputs scored.</summary>
    public async Task<DepartmentEvaluationDetail> GetAsync(Actor? actor, int evaluationId, CancellationToken ct = default)
    {
        var e = await VisibleAsync(actor, evaluationId, track: false, ct).ConfigureAwait(false);
        var (overall, version) = await LoadAsync(e, ct).ConfigureAwait(false);
        var scored = await ScoreAsync(e, overall, EvaluationScoring.ReadSheet(version.SheetJson), version, ct).ConfigureAwait(false);
        return await DetailAsync(e, overall, scored, version.GoalActual, ct).ConfigureAwait(false);
    }

    /// <summary>Scores inputs without saving them (the page's live total), for anyone who may see the evaluation.</summary>
    public async Task<DepartmentEvaluationDetail> ScoreAsync(Actor? actor, int evaluationId, DepartmentEvaluationInputs inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var e = await VisibleAsync(actor, evaluationId, track: false, ct).ConfigureAwait(false);
        var (overall, version) = await LoadAsync(e, ct).ConfigureAwait(false);
        var sheet = DepartmentEvaluationScoring.SheetOf(overall, inputs, await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false));
        var scored = await ScoreAsync(e, overall, sheet, version, ct).ConfigureAwait(false);
        return await DetailAsync(e, overall, scored, EvaluationScoring.Text(inputs.GoalActual, "总体目标的实际完成情况"), ct).ConfigureAwait(false);
    }

    /// <summary>One page of the department-wide self-evaluations of a year the actor may see (published ones for the public).</summary>
    public async Task<Paged<DepartmentEvaluationSummary>> ListAsync(Actor? actor, int fiscalYear, PageRequest? page = null, CancellationToken ct = default)
    {
        var rows = await VisibleEvaluations(actor).Where(e => e.FiscalYear == fiscalYear)
            .OrderBy(e => e.DepartmentId).ThenBy(e => e.DocumentId).ToPagedAsync(page ?? PageRequest.First, ct).ConfigureAwait(false);
        return rows.Map(ToSummary);
    }

    /// <summary>One page of the changes of this department-wide self-evaluation (from the document's audit log), oldest first.</summary>
    public async Task<Paged<AuditEntry>> GetAuditAsync(Actor? actor, int evaluationId, PageRequest? page = null, CancellationToken ct = default)
    {
        var e = await VisibleAsync(actor, evaluationId, track: false, ct).ConfigureAwait(false);
        if (actor is null) throw new AccessDeniedException("请先登录：未登录用户不能查看修改记录。");
        var rows = await _db.AuditLog.AsNoTracking().Where(a => a.DocumentId == e.DocumentId && a.Where == AuditWhere)
            .OrderBy(a => a.Id).ToPagedAsync(page ?? PageRequest.First, ct).ConfigureAwait(false);
        return rows.Map(a => new AuditEntry(a.At, a.UserName, a.Action, a.Where, a.Field, a.OldValue, a.NewValue));
    }

    /// <summary>The result and the project rows it summed (frozen ones for a submitted version, else read now).</summary>
    private async Task<Scored> ScoreAsync(DepartmentEvaluationEntity e, TargetDocument overall, EvaluationSheet sheet,
        DepartmentEvaluationVersionEntity? version, CancellationToken ct)
    {
        var projects = version?.ProjectsJson is { } frozen
            ? DepartmentEvaluationScoring.ReadProjects(frozen)
            : await ProjectRowsAsync(e, overall.MoneyUnit ?? MoneyUnit.TenThousandYuan, ct).ConfigureAwait(false);
        var settings = await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false);
        return new Scored(DepartmentEvaluationScoring.Score(overall, sheet, projects, settings), projects, settings);
    }

    private sealed record Scored(DepartmentEvaluationResult Result, IReadOnlyList<DepartmentProjectRow> Projects, EvaluationSettings Settings);

    /// <summary>
    /// Every project of the document's frozen version, with its self-evaluation's 全年预算数 (else 年初预算数, else the
    /// target's 资金总额) and 全年执行数 in the document's unit, and its total and grade once submitted.
    /// </summary>
    private async Task<IReadOnlyList<DepartmentProjectRow>> ProjectRowsAsync(DepartmentEvaluationEntity e, MoneyUnit unit, CancellationToken ct)
    {
        var snapshot = await _db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == e.DocumentId && v.Number == e.DocumentVersion)
            .Select(v => v.SnapshotJson).FirstAsync(ct).ConfigureAwait(false);
        var document = DocumentJsonReader.Read(snapshot);
        var evaluations = await _db.Set<SelfEvaluationEntity>().AsNoTracking().Where(x => x.DocumentId == e.DocumentId).ToListAsync(ct).ConfigureAwait(false);
        var ids = evaluations.Select(x => x.Id).ToArray();
        var versions = await _db.Set<SelfEvaluationVersionEntity>().AsNoTracking().Where(v => ids.Contains(v.EvaluationId))
            .Select(v => new { v.EvaluationId, v.Number, v.SheetJson }).ToListAsync(ct).ConfigureAwait(false);
        var byKey = evaluations.ToDictionary(x => x.ProjectKey, StringComparer.Ordinal);
        var rows = new List<DepartmentProjectRow>(document.Projects.Count);
        for (var i = 0; i < document.Projects.Count; i++)
        {
            var p = document.Projects[i];
            var projectUnit = p.MoneyUnit ?? document.MoneyUnit ?? unit;
            decimal? In(decimal? amount, MoneyUnit? from) => amount is { } a ? ScoreRounding.Round2(MoneyUnits.Convert(a, from ?? projectUnit, unit)) : null;
            var targetBudget = In(p.Budget.Total?.Value, projectUnit);
            if (p.Key is null || !byKey.TryGetValue(p.Key, out var x))
            {
                rows.Add(new DepartmentProjectRow(i + 1, p.Key ?? "", p.Name, targetBudget, null, null, "未开始", null, null));
                continue;
            }
            var json = versions.First(v => v.EvaluationId == x.Id && v.Number == x.CurrentVersion).SheetJson;
            var sheet = EvaluationScoring.ReadSheet(json);
            var filled = sheet.Projects[0].Execution;
            var budget = filled.YearBudget ?? filled.InitialBudget;
            var result = x.State is EvaluationState.Submitted or EvaluationState.Confirmed or EvaluationState.Published;
            rows.Add(new DepartmentProjectRow(i + 1, p.Key, p.Name, budget is { } b ? In(b.Value, sheet.MoneyUnit) : targetBudget,
                In(filled.Executed?.Value, sheet.MoneyUnit), x.Id, x.State.ToChinese(), result ? x.Total : null, result ? x.Grade : null));
        }
        return rows;
    }

    private async Task<DepartmentEvaluationDetail> DetailAsync(DepartmentEvaluationEntity e, TargetDocument overall, Scored scored, string? goalActual,
        CancellationToken ct)
    {
        var title = await _db.Documents.AsNoTracking().Where(d => d.Id == e.DocumentId).Select(d => d.Title).FirstAsync(ct).ConfigureAwait(false);
        var versions = await Versions.AsNoTracking().Where(v => v.EvaluationId == e.Id).OrderBy(v => v.Number).ToListAsync(ct).ConfigureAwait(false);
        var r = scored.Result;
        var summary = ToSummary(e) with { Total = r.Total, Grade = r.Grade, Difference = EvaluationService.Difference(e.ReviewScore, r.Total) };
        var execution = new EvaluationExecutionView(null, ScoreRounding.Format2(r.BudgetTotal), ScoreRounding.Format2(r.ExecutedTotal),
            r.Overall.ExecutionRate, r.Overall.ExecutionScore, scored.Settings.ExecutionPoints);
        return new DepartmentEvaluationDetail(summary, title, e.ReviewNote, e.ReviewedBy, (overall.MoneyUnit ?? MoneyUnit.TenThousandYuan).ToChinese(),
            overall.Projects[0].Goals, goalActual, execution, scored.Projects, r.EvaluatedCount,
            r.Grades.Select(g => new DepartmentGradeShare(g.Grade, g.Count, g.Share)).ToArray(), EvaluationScoring.LinesOf(r.Overall),
            DepartmentEvaluationScoring.FindingsOf(r), r.BlocksSubmission,
            versions.Select(v => new EvaluationVersionView(v.Number, v.Frozen, v.Total, v.Grade, v.CreatedBy, v.CreatedAt, v.SubmittedBy, v.SubmittedAt))
                .ToArray());
    }

    /// <summary>The overall target (as one project, from the frozen version) and the current version of the inputs.</summary>
    private async Task<(TargetDocument Overall, DepartmentEvaluationVersionEntity Version)> LoadAsync(DepartmentEvaluationEntity e, CancellationToken ct,
        bool trackVersion = false)
    {
        var snapshot = await _db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == e.DocumentId && v.Number == e.DocumentVersion)
            .Select(v => v.SnapshotJson).FirstAsync(ct).ConfigureAwait(false);
        var overall = DepartmentEvaluationScoring.OverallOf(DocumentJsonReader.Read(snapshot), e.UnitName);
        var versions = trackVersion ? Versions : Versions.AsNoTracking();
        var version = await versions.FirstAsync(v => v.EvaluationId == e.Id && v.Number == e.CurrentVersion, ct).ConfigureAwait(false);
        return (overall, version);
    }

    private async Task<DepartmentEvaluationEntity> VisibleAsync(Actor? actor, int evaluationId, bool track, CancellationToken ct)
    {
        var q = track ? Evaluations : Evaluations.AsNoTracking();
        var e = await q.FirstOrDefaultAsync(x => x.Id == evaluationId, ct).ConfigureAwait(false);
        if (e is null || !EvaluationPolicy.Can(actor, EvaluationAction.View, ScopeOf(e)))
            throw new NotFoundException($"找不到编号为 {evaluationId} 的部门整体自评，或您无权查看。");
        return e;
    }

    /// <summary>The same matrix as <see cref="EvaluationPolicy"/> for View, as a query.</summary>
    private IQueryable<DepartmentEvaluationEntity> VisibleEvaluations(Actor? actor)
    {
        var q = Evaluations.AsNoTracking();
        if (actor is null) return q.Where(e => e.State == EvaluationState.Published);
        q = q.Where(e => e.JurisdictionId == actor.JurisdictionId);
        return actor.Role switch
        {
            Role.UnitFiler when actor.BudgetUnitId is int unit => q.Where(e => e.BudgetUnitId == unit),
            Role.DepartmentReviewer when actor.DepartmentId is int department => q.Where(e => e.DepartmentId == department),
            Role.FinanceReviewer or Role.Administrator => q,
            _ => q.Where(e => false),
        };
    }

    private static EvaluationScope ScopeOf(DepartmentEvaluationEntity e) => new(e.JurisdictionId, e.DepartmentId, e.BudgetUnitId, e.State);

    private static void Require(Actor? actor, EvaluationAction action, DepartmentEvaluationEntity e, string what)
    {
        if (!EvaluationPolicy.Can(actor, action, ScopeOf(e)))
            throw Denied(actor, $"“{e.UnitName}”的部门整体自评（{e.State.ToChinese()}）", what);
    }

    private static AccessDeniedException Denied(Actor? actor, string target, string what) => new(actor is null
        ? $"请先登录：未登录用户不能{what}。"
        : $"您（{actor.Role.ToChinese()} {actor.DisplayName}）无权对{target}{what}。");

    internal static DepartmentEvaluationSummary ToSummary(DepartmentEvaluationEntity e) => new(e.Id, e.DocumentId, e.DocumentVersion, e.FiscalYear,
        e.UnitName, e.DepartmentId, e.BudgetUnitId, e.State, e.State.ToChinese(), e.CurrentVersion, e.Total, e.Grade, e.ReviewScore, e.ReviewGrade,
        EvaluationService.Difference(e.ReviewScore, e.Total), e.ReturnNote, e.RowVersion, e.UpdatedAt);
}
