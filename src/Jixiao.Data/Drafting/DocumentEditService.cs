using System.Globalization;
using Jixiao.Core.Model;
using Jixiao.Data.Entities;
using Jixiao.Data.Limits;
using Jixiao.Data.Mapping;
using Jixiao.Data.Security;
using Jixiao.Documents.Diagnostics;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;
using Jixiao.Core.Values;

namespace Jixiao.Data.Drafting;

/// <summary>
/// 编制: the one pipeline every edit of a draft goes through — a header field, an indicator field, adding, deleting or
/// moving a project or an indicator. It loads the current version, checks who may edit (AccessPolicy Edit: a filer
/// their own unit, a department reviewer their own department), the state (草稿/被退回 only) and the row version the
/// client read (If-Match), applies one operation to the Core model, brings the stored rows in line with it by key,
/// re-reviews, audits old → new, and saves all of it in one transaction. The operations themselves are pure functions
/// of the model (<see cref="ProjectOperations"/>, <see cref="IndicatorOperations"/>).
/// </summary>
public sealed partial class DocumentEditService(JixiaoStore store)
{
    /// <summary>Saves from another instance that collide on the document are retried this often (same process: they wait).</summary>
    private const int SnapshotRetries = 5;

    private readonly JixiaoDbContext _db = store.Context;

    private async Task<DraftEditResult> RunAsync(Actor? actor, EditGuard guard, int id, long expectedRowVersion, string what,
        Func<DraftState, DraftChange> operation, CancellationToken ct)
    {
        var documentId = await DocumentOfAsync(guard, id, ct).ConfigureAwait(false);
        // Saves of one document wait for one another instead of colliding on its snapshot (DocumentWriteLock).
        using var writing = await DocumentWriteLock.EnterAsync(documentId, ct).ConfigureAwait(false);
        var forceFull = false;
        for (var attempt = 1; ; attempt++)
        {
            _db.ChangeTracker.Clear();
            try
            {
                return await TryRunAsync(actor, guard, id, documentId, expectedRowVersion, what, operation, forceFull, ct).ConfigureAwait(false);
            }
            catch (WholeReviewNeeded)
            {
                // Nothing was written (the transaction is rolled back); the same edit again, reviewing the whole document.
                forceFull = true;
                attempt--;
            }
            catch (DbUpdateConcurrencyException)
            {
                _db.ChangeTracker.Clear();
                var (stored, by, at) = await StoredVersionAsync(guard, id, ct).ConfigureAwait(false);
                // The same row: the other save wins and this one is refused. Another row of the same document: only
                // the snapshot collided, so this edit is applied again on top of the other one.
                if (stored is null || stored != expectedRowVersion || attempt >= SnapshotRetries) throw Conflict(guard, by, at);
            }
        }
    }

    private async Task<DraftEditResult> TryRunAsync(Actor? actor, EditGuard guard, int id, int documentId, long expectedRowVersion,
        string what, Func<DraftState, DraftChange> operation, bool forceFull, CancellationToken ct)
    {
        // On PostgreSQL the document row is locked first, so that another instance's save of the same document waits
        // here rather than collide later; SQLite has one writer at a time anyway.
        var postgres = _db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        await using var lockTx = postgres ? await _db.Database.BeginTransactionAsync(ct).ConfigureAwait(false) : null;
        if (postgres)
            await _db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM documents WHERE \"Id\" = {documentId} FOR UPDATE", ct).ConfigureAwait(false);

        DocumentEntity d;
        try
        {
            d = await store.VisibleDocumentAsync(actor, documentId, track: true, ct).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            throw NotFound(guard, id);
        }
        if (!Workflow.IsEditable(d.State))
            throw new WorkflowException($"文档“{d.Title}”当前为“{d.State.ToChinese()}”，只有草稿或被退回的文档可以修改。");
        JixiaoStore.Require(actor, DocumentAction.Edit, d, what);

        // Only the guarded row is read to check the row version; which other rows the save needs depends on what the
        // operation changed (below).
        string? projectKey = null, indicatorKey = null;
        switch (guard)
        {
            case EditGuard.Document:
                if (d.RowVersion != expectedRowVersion) throw Conflict(guard, null, d.UpdatedAt);
                break;
            case EditGuard.Overall:
                if (d.OverallRowVersion != expectedRowVersion) throw Conflict(guard, d.OverallUpdatedBy, d.OverallUpdatedAt);
                break;
            case EditGuard.Project:
                var project = await _db.Projects.FirstOrDefaultAsync(p => p.Id == id && p.DocumentId == d.Id, ct).ConfigureAwait(false) ?? throw NotFound(guard, id);
                if (project.RowVersion != expectedRowVersion) throw Conflict(guard, project.UpdatedBy, project.UpdatedAt);
                projectKey = project.Key;
                break;
            case EditGuard.Indicator:
                var indicator = await _db.Indicators.FirstOrDefaultAsync(i => i.Id == id && i.DocumentId == d.Id, ct).ConfigureAwait(false) ?? throw NotFound(guard, id);
                if (indicator.RowVersion != expectedRowVersion) throw Conflict(guard, indicator.UpdatedBy, indicator.UpdatedAt);
                indicatorKey = indicator.Key;
                projectKey = await _db.Projects.Where(p => p.Id == indicator.ProjectId).Select(p => p.Key).FirstAsync(ct).ConfigureAwait(false);
                break;
        }

        var head = StageTimes.Measure("edit: version row");
        var version = await _db.DocumentVersions.FirstAsync(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion, ct).ConfigureAwait(false);
        head.Dispose();
        if (version.Frozen) throw new WorkflowException($"文档“{d.Title}”第 {version.Number} 版已送审冻结，不能修改。");
        TargetDocument before;
        using (StageTimes.Measure("edit: read snapshot")) before = SnapshotModels.Read(d.Id, version.SnapshotJson);
        DraftChange change;
        using (StageTimes.Measure("edit: operation")) change = operation(new DraftState(before, d, projectKey, indicatorKey));
        if (change.Audit.Count == 0)
        {
            var (unchangedProjects, unchangedIndicators) = await FocusRowsAsync(d, change, ct).ConfigureAwait(false);
            return await ResultAsync(d, unchangedProjects, unchangedIndicators, change, findings: null, ct).ConfigureAwait(false);
        }

        CheckLimits(change);
        var now = store.Now;
        var profiling = StageTimes.Measure("edit: profile");
        var profile = await ReviewProfiles.JurisdictionReviewProfiles.LoadAsync(_db, d.JurisdictionId, ct).ConfigureAwait(false);
        profiling.Dispose();
        // A save that keeps the projects where they were reviews only the tables it changed (DraftReviewScope); adding,
        // deleting or moving a project, or a change of the facts every table depends on, reviews the whole document.
        DraftReviewScope? scope;
        using (StageTimes.Measure("edit: scope")) scope = forceFull ? null : DraftReviewScope.Of(before, change, profile);
        List<ProjectEntity> projects;
        List<IndicatorEntity> indicators;
        var loading = StageTimes.Measure("edit: load and sync rows");
        if (scope is null)
        {
            projects = await _db.Projects.Where(p => p.DocumentId == d.Id).OrderBy(p => p.Position).ToListAsync(ct).ConfigureAwait(false);
            indicators = await _db.Indicators.Where(i => i.DocumentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
        }
        else
        {
            var keys = scope.ProjectKeys.ToList();
            projects = await _db.Projects.Where(p => p.DocumentId == d.Id && keys.Contains(p.Key)).OrderBy(p => p.Position).ToListAsync(ct).ConfigureAwait(false);
            var ids = projects.Select(p => p.Id).ToList();
            indicators = await _db.Indicators.Where(i => ids.Contains(i.ProjectId)).ToListAsync(ct).ConfigureAwait(false);
        }
        var sync = new DraftRowSync(_db, d, before, change.Model, projects, indicators, partial: scope is not null);
        sync.Apply();
        loading.Dispose();
        foreach (var p in projects.Where(p => change.TouchedProjects.Contains(p.Key))) Touch(p, actor!, now);
        foreach (var i in indicators.Where(i => change.TouchedIndicators.Contains(i.Key))) Touch(i, actor!, now);
        if (change.TouchedOverall)
        {
            d.OverallRowVersion++;
            d.OverallUpdatedBy = actor!.UserName;
            d.OverallUpdatedAt = now;
        }
        using (StageTimes.Measure("edit: write snapshot")) version.SnapshotJson = DocumentJsonWriter.ToJson(change.Model);
        d.RowVersion++;
        d.UpdatedAt = now;

        List<FindingEntity> findings;
        var reviewing = StageTimes.Measure("edit: review and findings");
        if (scope is null)
            findings = await DraftFindings.ReplaceAsync(_db, d, change.Model, profile, projects, indicators, ct).ConfigureAwait(false);
        else if (await DraftFindings.ReplaceTablesAsync(_db, d, change.Model, profile, scope, projects, indicators, ct).ConfigureAwait(false) is { } partial)
            findings = partial;
        else
        {
            // The new findings do not fit between the stored positions (an imported document is numbered without
            // gaps): the whole document is reviewed and numbered again, with room for the next saves.
            throw new WholeReviewNeeded();
        }
        reviewing.Dispose();
        foreach (var line in change.Audit)
            store.Audit(d, actor!, line.Action, line.Where, line.Field, line.Old, line.New);
        ColumnLimits.Check(_db.ChangeTracker);

        var saving = StageTimes.Measure("edit: save");
        if (lockTx is not null)
        {
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
            await lockTx.CommitAsync(ct).ConfigureAwait(false);
        }
        else
        {
            await using var tx = await _db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        saving.Dispose();
        // Committed: the next save of this document starts from this model instead of parsing the snapshot again. A
        // whole-document save (projects added, deleted, moved) is left to be parsed.
        if (scope is not null) SnapshotModels.RememberWritten(d.Id, version.SnapshotJson, before, change.Model);
        using var answering = StageTimes.Measure("edit: answer");
        return await ResultAsync(d, projects, indicators, change, findings, ct).ConfigureAwait(false);
    }

    private sealed class WholeReviewNeeded : Exception;

    /// <summary>The rows an answer that changed nothing is about: the focus project and its indicators.</summary>
    private async Task<(List<ProjectEntity>, List<IndicatorEntity>)> FocusRowsAsync(DocumentEntity d, DraftChange change, CancellationToken ct)
    {
        if (change.FocusProject is not { } key) return ([], []);
        var projects = await _db.Projects.Where(p => p.DocumentId == d.Id && p.Key == key).ToListAsync(ct).ConfigureAwait(false);
        var ids = projects.Select(p => p.Id).ToList();
        var indicators = await _db.Indicators.Where(i => ids.Contains(i.ProjectId)).ToListAsync(ct).ConfigureAwait(false);
        return (projects, indicators);
    }

    /// <summary>Every indicator the operation touched, against the configured input limits (as an import is).</summary>
    private void CheckLimits(DraftChange change)
    {
        if (change.TouchedOverall && change.Model.Overall is { } overall)
        {
            const string where = "部门整体绩效目标";
            var limits = store.Guard.Documents;
            for (var g = 0; g < overall.Goals.Count; g++) limits.Text(where, $"第 {g + 1} 条总体目标", overall.Goals[g]);
            for (var m = 0; m < overall.Measures.Count; m++) limits.Text(where, $"第 {m + 1} 条保障措施", overall.Measures[m]);
            for (var g = 0; g < overall.SubGoals.Count; g++)
            {
                limits.Name(where, $"第 {g + 1} 条分项目标名称", overall.SubGoals[g].Title);
                limits.Text(where, $"第 {g + 1} 条分项目标", overall.SubGoals[g].Target);
                limits.Text(where, $"第 {g + 1} 条分项目标的指标说明", overall.SubGoals[g].IndicatorText);
            }
            for (var i = 0; i < overall.Indicators.Count; i++) limits.Indicator($"{where}第 {i + 1} 项指标", overall.Indicators[i]);
        }
        if (change.TouchedIndicators.Count == 0) return;
        for (var p = 0; p < change.Model.Projects.Count; p++)
        {
            var project = change.Model.Projects[p];
            for (var i = 0; i < project.Indicators.Count; i++)
                if (project.Indicators[i].Key is { } key && change.TouchedIndicators.Contains(key))
                    store.Guard.Documents.Indicator($"第 {p + 1} 个项目“{DocumentLimits.Short(project.Name)}”第 {i + 1} 项指标", project.Indicators[i]);
        }
    }

    private async Task<DraftEditResult> ResultAsync(DocumentEntity d, List<ProjectEntity> projects, List<IndicatorEntity> indicators,
        DraftChange change, List<FindingEntity>? findings, CancellationToken ct)
    {
        var project = change.FocusProject is { } pk ? projects.FirstOrDefault(p => p.Key == pk) : null;
        var indicator = change.FocusIndicator is { } ik ? indicators.FirstOrDefault(i => i.Key == ik) : null;
        IReadOnlyList<FindingView> projectFindings = [];
        if (project is not null)
        {
            var rows = findings?.Where(f => f.ProjectId == project.Id).ToList()
                ?? await _db.Findings.AsNoTracking().Where(f => f.DocumentId == d.Id && f.ProjectId == project.Id).ToListAsync(ct).ConfigureAwait(false);
            projectFindings = rows.OrderBy(f => f.Position).Select(FindingRows.ToView).ToArray();
        }
        var model = project is null ? null : change.Model.Projects.First(p => p.Key == project.Key);
        IReadOnlyList<FindingView> overallFindings = [];
        if (change.TouchedOverall)
        {
            var rows = findings ?? await _db.Findings.AsNoTracking().Where(f => f.DocumentId == d.Id && f.ProjectId == null).ToListAsync(ct).ConfigureAwait(false);
            overallFindings = rows.Where(OverallFindings.IsOverall).OrderBy(f => f.Position).Select(FindingRows.ToView).ToArray();
        }
        return new DraftEditResult(d.Id, d.RowVersion, project is null ? null : JixiaoStore.ToSummary(project), model, project?.RowVersion,
            indicator is null ? null : IndicatorFields.ToView(indicator),
            await SummariesAsync(d, projects, ct).ConfigureAwait(false), projectFindings)
        {
            OverallRowVersion = d.OverallRowVersion,
            Overall = change.Model.Overall,
            OverallFindings = overallFindings,
        };
    }

    /// <summary>
    /// Every project's summary with its 错误/警告 counts, for the list beside the table: the rows the save loaded as they
    /// are now, the others read without their snapshots.
    /// </summary>
    private async Task<ProjectSummary[]> SummariesAsync(DocumentEntity d, List<ProjectEntity> loaded, CancellationToken ct)
    {
        var mine = loaded.Where(p => p.Id != 0).ToDictionary(p => p.Id);
        var others = await _db.Projects.AsNoTracking().Where(p => p.DocumentId == d.Id)
            .Select(p => new ProjectEntity
            {
                Id = p.Id, DocumentId = p.DocumentId, Position = p.Position, Key = p.Key, Code = p.Code, Name = p.Name, UnitName = p.UnitName,
                BudgetWan = p.BudgetWan, BudgetAsWritten = p.BudgetAsWritten, MoneyUnit = p.MoneyUnit, SpendingPlan = p.SpendingPlan,
                Errors = p.Errors, Warnings = p.Warnings,
            }).ToListAsync(ct).ConfigureAwait(false);
        return others.Select(p => mine.TryGetValue(p.Id, out var row) ? row : p).OrderBy(p => p.Position).Select(JixiaoStore.ToSummary).ToArray();
    }

    private static void Touch(ProjectEntity row, Actor actor, DateTimeOffset now)
    {
        row.RowVersion++;
        row.UpdatedBy = actor.UserName;
        row.UpdatedAt = now;
    }

    private static void Touch(IndicatorEntity row, Actor actor, DateTimeOffset now)
    {
        row.RowVersion++;
        row.UpdatedBy = actor.UserName;
        row.UpdatedAt = now;
    }

    private async Task<int> DocumentOfAsync(EditGuard guard, int id, CancellationToken ct)
    {
        int? documentId = guard switch
        {
            EditGuard.Document or EditGuard.Overall => await _db.Documents.AsNoTracking().Where(x => x.Id == id).Select(x => (int?)x.Id).FirstOrDefaultAsync(ct).ConfigureAwait(false),
            EditGuard.Project => await _db.Projects.AsNoTracking().Where(x => x.Id == id).Select(x => (int?)x.DocumentId).FirstOrDefaultAsync(ct).ConfigureAwait(false),
            _ => await _db.Indicators.AsNoTracking().Where(x => x.Id == id).Select(x => (int?)x.DocumentId).FirstOrDefaultAsync(ct).ConfigureAwait(false),
        };
        return documentId ?? throw NotFound(guard, id);
    }

    private async Task<(long? RowVersion, string? By, DateTimeOffset? At)> StoredVersionAsync(EditGuard guard, int id, CancellationToken ct) => guard switch
    {
        EditGuard.Document => await _db.Documents.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new ValueTuple<long?, string?, DateTimeOffset?>(x.RowVersion, null, x.UpdatedAt)).FirstOrDefaultAsync(ct).ConfigureAwait(false),
        EditGuard.Overall => await _db.Documents.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new ValueTuple<long?, string?, DateTimeOffset?>(x.OverallRowVersion, x.OverallUpdatedBy, x.OverallUpdatedAt)).FirstOrDefaultAsync(ct).ConfigureAwait(false),
        EditGuard.Project => await _db.Projects.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new ValueTuple<long?, string?, DateTimeOffset?>(x.RowVersion, x.UpdatedBy, x.UpdatedAt)).FirstOrDefaultAsync(ct).ConfigureAwait(false),
        _ => await _db.Indicators.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new ValueTuple<long?, string?, DateTimeOffset?>(x.RowVersion, x.UpdatedBy, x.UpdatedAt)).FirstOrDefaultAsync(ct).ConfigureAwait(false),
    };

    private static string Noun(EditGuard guard) => guard switch
    {
        EditGuard.Document => "文档",
        EditGuard.Project => "项目",
        EditGuard.Overall => "部门整体绩效目标",
        _ => "指标",
    };

    private static NotFoundException NotFound(EditGuard guard, int id) =>
        new($"找不到编号为 {id} 的{(guard == EditGuard.Overall ? "文档" : Noun(guard))}，或您无权查看。");

    private static ConcurrencyConflictException Conflict(EditGuard guard, string? by, DateTimeOffset? at)
    {
        var when = at is { } t ? ChineseDates.DateTimeSeconds(t) : "刚才";
        return new ConcurrencyConflictException($"该{Noun(guard)}已被{by ?? "其他用户"}于{when}修改，您的修改未保存。请刷新后重试。");
    }
}
