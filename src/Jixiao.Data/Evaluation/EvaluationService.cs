using System.Globalization;
using Jixiao.Core.Evaluation;
using Jixiao.Core.Model;
using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Evaluation;

/// <summary>
/// 单位自评 in the store (docs/evaluation.md "In the web system"): started from an approved or published document's
/// frozen version, pre-filled line by line by stable key; inputs saved with the row version read (stale → 409);
/// scored by Core's <see cref="SelfEvaluationScorer"/>; submitted only when nothing blocks; confirmed or returned by
/// the department; checked (复核) and published by the finance bureau. Every call checks
/// <see cref="EvaluationPolicy"/>; every change writes the audit log of the target document.
/// </summary>
public sealed partial class EvaluationService(JixiaoStore store)
{
    private readonly JixiaoDbContext _db = store.Context;

    /// <summary>The jurisdiction's scoring settings (today the defaults of RULES.md for every jurisdiction).</summary>
    private readonly Data.Settings.PerformanceSettingsService _settings = new(store);

    /// <summary>The jurisdiction's scoring settings (docs/performance-settings.md; FORMAT.md's defaults until it sets its own).</summary>
    private Task<EvaluationSettings> SettingsAsync(int jurisdictionId, CancellationToken ct) => _settings.EvaluationAsync(jurisdictionId, ct);

    private DbSet<SelfEvaluationEntity> Evaluations => _db.Set<SelfEvaluationEntity>();
    private DbSet<SelfEvaluationVersionEntity> Versions => _db.Set<SelfEvaluationVersionEntity>();

    /// <summary>The projects of an approved or published document, each with its self-evaluation if one was started.</summary>
    public async Task<DocumentEvaluations> ListForDocumentAsync(Actor? actor, int documentId, CancellationToken ct = default)
    {
        var d = await store.VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        var evaluations = await Evaluations.AsNoTracking().Where(e => e.DocumentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
        var visible = evaluations.Where(e => EvaluationPolicy.Can(actor, EvaluationAction.View, ScopeOf(e)))
            .ToDictionary(e => e.ProjectKey, StringComparer.Ordinal);
        var projects = await _db.Projects.AsNoTracking().Where(p => p.DocumentId == d.Id).OrderBy(p => p.Position)
            .Select(p => new { p.Key, p.Code, p.Name }).ToListAsync(ct).ConfigureAwait(false);
        var evaluable = d.State is WorkflowState.Approved or WorkflowState.Published;
        return new DocumentEvaluations(d.Id, d.Title, d.FiscalYear, d.UnitName, d.State.ToChinese(),
            evaluable && EvaluationPolicy.CanStart(actor, d.JurisdictionId, d.DepartmentId, d.BudgetUnitId),
            projects.Select(p => new ProjectEvaluationEntry(p.Key, p.Code, p.Name,
                visible.TryGetValue(p.Key, out var e) ? ToSummary(e) : null)).ToArray());
    }

    /// <summary>
    /// Starts the self-evaluation of one project of an approved or published document: attached to the document's
    /// frozen version, pre-filled from the project's targets (budgets, every line by key).
    /// </summary>
    public async Task<EvaluationDetail> StartAsync(Actor? actor, int documentId, string projectKey, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(projectKey);
        var d = await store.VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        if (d.State is not (WorkflowState.Approved or WorkflowState.Published))
            throw new WorkflowException($"文档“{d.Title}”当前为“{d.State.ToChinese()}”：只有已审核或已公开的绩效目标才能开始自评。");
        if (!EvaluationPolicy.CanStart(actor, d.JurisdictionId, d.DepartmentId, d.BudgetUnitId))
            throw Denied(actor, $"文档“{d.Title}”", "开始自评");
        var version = await _db.DocumentVersions.AsNoTracking()
            .FirstAsync(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion, ct).ConfigureAwait(false);
        if (!version.Frozen)
            throw new WorkflowException($"文档“{d.Title}”第 {version.Number} 版尚未冻结，不能据此自评。");
        var targets = EvaluationScoring.TargetsOf(DocumentJsonReader.Read(version.SnapshotJson), projectKey, $"文档“{d.Title}”");
        var project = targets.Projects[0];
        if (await Evaluations.AnyAsync(e => e.DocumentId == d.Id && e.ProjectKey == projectKey, ct).ConfigureAwait(false))
            throw new WorkflowException($"项目“{project.Name}”的自评已经开始，请打开它继续填写。");

        var sheet = EvaluationScoring.Template(targets);
        var scored = EvaluationScoring.Score(targets, sheet, await SettingsAsync(d.JurisdictionId, ct).ConfigureAwait(false));
        var now = store.Now;
        var entity = new SelfEvaluationEntity
        {
            DocumentId = d.Id, DocumentVersion = version.Number, JurisdictionId = d.JurisdictionId, DepartmentId = d.DepartmentId,
            BudgetUnitId = d.BudgetUnitId, FiscalYear = d.FiscalYear, ProjectKey = projectKey, ProjectCode = project.Code,
            ProjectName = project.Name, UnitName = project.Implementer ?? d.UnitName, State = EvaluationState.Draft, CurrentVersion = 1,
            Total = scored.Total, Grade = scored.Grade, CreatedBy = actor!.UserName, CreatedAt = now, UpdatedBy = actor.UserName,
            UpdatedAt = now, RowVersion = 1,
        };
        Evaluations.Add(entity);
        Versions.Add(new SelfEvaluationVersionEntity
        {
            Evaluation = entity, Number = 1, SheetJson = EvaluationScoring.SheetJson(sheet), Total = scored.Total, Grade = scored.Grade,
            CreatedBy = actor.UserName, CreatedAt = now,
        });
        store.Audit(d, actor, "开始自评", $"项目{project.Name}", "依据版本", null, $"第{version.Number}版");
        try
        {
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            throw new WorkflowException($"项目“{project.Name}”的自评已经开始，请打开它继续填写。");
        }
        return await GetAsync(actor, entity.Id, ct).ConfigureAwait(false);
    }

    /// <summary>The self-evaluation with its current inputs scored.</summary>
    public async Task<EvaluationDetail> GetAsync(Actor? actor, int evaluationId, CancellationToken ct = default)
    {
        var e = await VisibleAsync(actor, evaluationId, track: false, ct).ConfigureAwait(false);
        var (targets, version) = await LoadAsync(e, ct).ConfigureAwait(false);
        var sheet = EvaluationScoring.ReadSheet(version.SheetJson);
        return await DetailAsync(e, targets, EvaluationScoring.Score(targets, sheet, await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false)), version.GoalActual, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Scores inputs without saving them (the entry page's live score and grade): the same checks and scorer as a save,
    /// for anyone who may see the evaluation.
    /// </summary>
    public async Task<EvaluationDetail> ScoreAsync(Actor? actor, int evaluationId, EvaluationInputs inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var e = await VisibleAsync(actor, evaluationId, track: false, ct).ConfigureAwait(false);
        var (targets, _) = await LoadAsync(e, ct).ConfigureAwait(false);
        var settings = await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false);
        var sheet = EvaluationScoring.SheetOf(targets, inputs, settings);
        return await DetailAsync(e, targets, EvaluationScoring.Score(targets, sheet, settings),
            EvaluationScoring.Text(inputs.GoalActual, "年度总体目标的实际完成情况"), ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The approved and published documents of a year the actor may start self-evaluations in (the filer's unit, the
    /// department's own), each with its projects and their evaluations; the newest year with such a document when
    /// <paramref name="fiscalYear"/> is null.
    /// </summary>
    public async Task<IReadOnlyList<DocumentEvaluations>> EvaluableDocumentsAsync(Actor? actor, int fiscalYear, CancellationToken ct = default)
    {
        var page = await store.ListDocumentsAsync(actor, new DocumentListFilter(FiscalYear: fiscalYear, PageSize: DocumentListFilter.MaxPageSize), ct)
            .ConfigureAwait(false);
        var result = new List<DocumentEvaluations>();
        foreach (var d in page.Items.Where(d => d.State is WorkflowState.Approved or WorkflowState.Published))
        {
            if (actor is null || !EvaluationPolicy.CanStart(actor, actor.JurisdictionId, d.DepartmentId, d.BudgetUnitId)) continue;
            result.Add(await ListForDocumentAsync(actor, d.Id, ct).ConfigureAwait(false));
        }
        return result;
    }

    /// <summary>The years of the documents the actor may see, newest first (for the year picker).</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(Actor? actor, CancellationToken ct = default)
    {
        var page = await store.ListDocumentsAsync(actor, new DocumentListFilter(PageSize: DocumentListFilter.MaxPageSize), ct).ConfigureAwait(false);
        return page.Items.Where(d => d.State is WorkflowState.Approved or WorkflowState.Published).Select(d => d.FiscalYear)
            .Distinct().OrderByDescending(y => y).ToArray();
    }

    /// <summary>One page (the first 100 by default) of the self-evaluations of a year the actor may see (the filer's unit, the department, the jurisdiction; published ones for the public).</summary>
    public async Task<Paged<EvaluationSummary>> ListAsync(Actor? actor, int fiscalYear, PageRequest? page = null, CancellationToken ct = default)
    {
        var rows = await VisibleEvaluations(actor).Where(e => e.FiscalYear == fiscalYear)
            .OrderBy(e => e.DepartmentId).ThenBy(e => e.DocumentId).ThenBy(e => e.Id).ToPagedAsync(page ?? PageRequest.First, ct).ConfigureAwait(false);
        return rows.Map(ToSummary);
    }

    /// <summary>
    /// The distribution of grades of a year over the self-evaluations the actor may see that were submitted at least
    /// (drafts are not results yet): the unit's grade, and the finance bureau's 复核 grade where recorded.
    /// </summary>
    public async Task<GradeDistribution> GradeDistributionAsync(Actor? actor, int fiscalYear, CancellationToken ct = default)
    {
        var rows = await VisibleEvaluations(actor)
            .Where(e => e.FiscalYear == fiscalYear && e.State != EvaluationState.Draft && e.State != EvaluationState.Returned)
            .Select(e => new { e.Grade, e.ReviewGrade }).ToListAsync(ct).ConfigureAwait(false);
        // The public's view spans jurisdictions: FORMAT.md's grades; a signed-in user's, their jurisdiction's.
        var settings = actor is null ? EvaluationSettings.Default : await SettingsAsync(actor.JurisdictionId, ct).ConfigureAwait(false);
        var labels = settings.Grades.OrderByDescending(g => g.From).Select(g => g.Label).ToArray();
        return new GradeDistribution(fiscalYear,
            labels.Select(l => new GradeCount(l, rows.Count(r => r.Grade == l))).ToArray(),
            labels.Select(l => new GradeCount(l, rows.Count(r => r.ReviewGrade == l))).ToArray(),
            rows.Count);
    }

    /// <summary>One page (the first 100 by default) of the changes of this self-evaluation (from the target document's audit log), oldest first.</summary>
    public async Task<Paged<AuditEntry>> GetAuditAsync(Actor? actor, int evaluationId, PageRequest? page = null, CancellationToken ct = default)
    {
        var e = await VisibleAsync(actor, evaluationId, track: false, ct).ConfigureAwait(false);
        if (actor is null) throw new AccessDeniedException("请先登录：未登录用户不能查看修改记录。");
        var where = $"项目{e.ProjectName}";
        var rows = await _db.AuditLog.AsNoTracking()
            .Where(a => a.DocumentId == e.DocumentId && a.Where == where && AuditActions.Contains(a.Action))
            .OrderBy(a => a.Id).ToPagedAsync(page ?? PageRequest.First, ct).ConfigureAwait(false);
        return rows.Map(a => new AuditEntry(a.At, a.UserName, a.Action, a.Where, a.Field, a.OldValue, a.NewValue));
    }

    /// <summary>The audit actions of self-evaluations (all start with 自评 or name it), so the log of a document can be filtered.</summary>
    internal static readonly string[] AuditActions = ["开始自评", "自评保存", "自评导入", "自评提交", "自评确认", "自评退回", "自评公开", "自评复核"];

    private async Task<EvaluationDetail> DetailAsync(SelfEvaluationEntity e, TargetDocument targets, ProjectEvaluation scored, string? goalActual,
        CancellationToken ct)
    {
        var title = await _db.Documents.AsNoTracking().Where(d => d.Id == e.DocumentId).Select(d => d.Title).FirstAsync(ct).ConfigureAwait(false);
        var versions = await Versions.AsNoTracking().Where(v => v.EvaluationId == e.Id).OrderBy(v => v.Number).ToListAsync(ct).ConfigureAwait(false);
        var project = targets.Projects[0];
        var unit = (project.MoneyUnit ?? targets.MoneyUnit ?? MoneyUnit.TenThousandYuan).ToChinese();
        // The live total of the inputs (the row's total is that of the last save: the same unless settings changed).
        var summary = ToSummary(e) with { Total = scored.Total, Grade = scored.Grade, Difference = Difference(e.ReviewScore, scored.Total) };
        return new EvaluationDetail(summary, title, e.ReviewNote, e.ReviewedBy, unit, project.Goals, goalActual,
            EvaluationScoring.ExecutionOf(scored, await SettingsAsync(e.JurisdictionId, ct).ConfigureAwait(false)), EvaluationScoring.LinesOf(scored), EvaluationScoring.FindingsOf(scored),
            scored.Findings.Any(f => f.Severity == Core.Review.Severity.Error && !f.IsAccepted),
            versions.Select(v => new EvaluationVersionView(v.Number, v.Frozen, v.Total, v.Grade, v.CreatedBy, v.CreatedAt, v.SubmittedBy, v.SubmittedAt))
                .ToArray());
    }

    /// <summary>The targets (the one project of the frozen version) and the current version of the inputs.</summary>
    private async Task<(TargetDocument Targets, SelfEvaluationVersionEntity Version)> LoadAsync(SelfEvaluationEntity e, CancellationToken ct,
        bool trackVersion = false)
    {
        var snapshot = await _db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == e.DocumentId && v.Number == e.DocumentVersion)
            .Select(v => v.SnapshotJson).FirstAsync(ct).ConfigureAwait(false);
        var targets = EvaluationScoring.TargetsOf(DocumentJsonReader.Read(snapshot), e.ProjectKey, $"项目“{e.ProjectName}”的自评");
        var versions = trackVersion ? Versions : Versions.AsNoTracking();
        var version = await versions.FirstAsync(v => v.EvaluationId == e.Id && v.Number == e.CurrentVersion, ct).ConfigureAwait(false);
        return (targets, version);
    }

    private async Task<SelfEvaluationEntity> VisibleAsync(Actor? actor, int evaluationId, bool track, CancellationToken ct)
    {
        var q = track ? Evaluations : Evaluations.AsNoTracking();
        var e = await q.FirstOrDefaultAsync(x => x.Id == evaluationId, ct).ConfigureAwait(false);
        if (e is null || !EvaluationPolicy.Can(actor, EvaluationAction.View, ScopeOf(e)))
            throw new NotFoundException($"找不到编号为 {evaluationId} 的自评，或您无权查看。");
        return e;
    }

    /// <summary>The same matrix as <see cref="EvaluationPolicy"/> for View, as a query.</summary>
    private IQueryable<SelfEvaluationEntity> VisibleEvaluations(Actor? actor)
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

    private static EvaluationScope ScopeOf(SelfEvaluationEntity e) => new(e.JurisdictionId, e.DepartmentId, e.BudgetUnitId, e.State);

    private static void Require(Actor? actor, EvaluationAction action, SelfEvaluationEntity e, string what)
    {
        if (!EvaluationPolicy.Can(actor, action, ScopeOf(e)))
            throw Denied(actor, $"项目“{e.ProjectName}”的自评（{e.State.ToChinese()}）", what);
    }

    private static AccessDeniedException Denied(Actor? actor, string target, string what) => new(actor is null
        ? $"请先登录：未登录用户不能{what}。"
        : $"您（{actor.Role.ToChinese()} {actor.DisplayName}）无权对{target}{what}。");

    internal static decimal? Difference(decimal? review, decimal? total) => review is { } r && total is { } t ? r - t : null;

    internal static EvaluationSummary ToSummary(SelfEvaluationEntity e) => new(e.Id, e.DocumentId, e.DocumentVersion, e.FiscalYear, e.ProjectKey,
        e.ProjectCode, e.ProjectName, e.UnitName, e.DepartmentId, e.BudgetUnitId, e.State, e.State.ToChinese(), e.CurrentVersion, e.Total, e.Grade,
        e.ReviewScore, e.ReviewGrade, Difference(e.ReviewScore, e.Total), e.ReturnNote, e.RowVersion, e.UpdatedAt);

    private static string Format(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
}
