using System.Globalization;
using Jixiao.Data.Entities;
using Jixiao.Data.Limits;
using Jixiao.Data.Mapping;
using Jixiao.Data.Security;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

public sealed partial class JixiaoStore
{
    /// <summary>Edits of different indicators of one document are retried this often when they collide on the snapshot.</summary>
    private const int SnapshotRetries = 5;

    /// <summary>
    /// Saves an edit of one indicator of the current version. Refused with <see cref="ConcurrencyConflictException"/>
    /// (nothing written) when someone saved the indicator since <paramref name="expectedRowVersion"/> was read; the
    /// row, the version snapshot, the findings of a fresh review and one audit line per changed field are saved together.
    /// </summary>
    public async Task<IndicatorEditResult> UpdateIndicatorAsync(Actor? actor, int indicatorId, IndicatorEdit edit, long expectedRowVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        edit = InputText.Clean(edit);
        var documentId = await _db.Indicators.AsNoTracking().Where(i => i.Id == indicatorId).Select(i => (int?)i.DocumentId)
            .FirstOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw new NotFoundException($"找不到编号为 {indicatorId} 的指标，或您无权查看。");
        // Saves of one document wait for one another instead of colliding on its snapshot (DocumentWriteLock).
        using var writing = await DocumentWriteLock.EnterAsync(documentId, ct).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            _db.ChangeTracker.Clear();
            try
            {
                return await TryUpdateIndicatorAsync(actor, indicatorId, edit, expectedRowVersion, ct).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                _db.ChangeTracker.Clear();
                var stored = await _db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == indicatorId, ct).ConfigureAwait(false);
                // The same indicator: the other save wins and this one is refused. Another indicator of the same
                // document: only the snapshot collided, so this edit is applied again on top of the other one.
                if (stored is null || stored.RowVersion != expectedRowVersion || attempt >= SnapshotRetries)
                    throw Conflict(stored);
            }
        }
    }

    private async Task<IndicatorEditResult> TryUpdateIndicatorAsync(Actor? actor, int indicatorId, IndicatorEdit edit, long expectedRowVersion, CancellationToken ct)
    {
        // On PostgreSQL the document row is locked first, so that another instance's save of the same document waits
        // here rather than collide later; SQLite has one writer at a time anyway and only its save is transacted.
        var postgres = _db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;
        await using var lockTx = postgres ? await _db.Database.BeginTransactionAsync(ct).ConfigureAwait(false) : null;
        if (postgres)
            await _db.Database.ExecuteSqlInterpolatedAsync(
                $"SELECT 1 FROM documents WHERE \"Id\" = (SELECT \"DocumentId\" FROM indicators WHERE \"Id\" = {indicatorId}) FOR UPDATE", ct).ConfigureAwait(false);
        var row = await _db.Indicators.FirstOrDefaultAsync(i => i.Id == indicatorId, ct).ConfigureAwait(false);
        if (row is null) throw new NotFoundException($"找不到编号为 {indicatorId} 的指标，或您无权查看。");
        DocumentEntity d;
        try
        {
            d = await VisibleDocumentAsync(actor, row.DocumentId, track: true, ct).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException($"找不到编号为 {indicatorId} 的指标，或您无权查看。");
        }
        if (!Workflow.IsEditable(d.State))
            throw new WorkflowException($"文档“{d.Title}”当前为“{d.State.ToChinese()}”，只有草稿或被退回的文档可以修改。");
        Require(actor, DocumentAction.Edit, d, "修改指标");
        if (row.RowVersion != expectedRowVersion) throw Conflict(row);

        var version = await _db.DocumentVersions.FirstAsync(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion, ct).ConfigureAwait(false);
        if (version.Frozen)
            throw new WorkflowException($"文档“{d.Title}”第 {version.Number} 版已送审冻结，不能修改。");
        var projects = await _db.Projects.Where(p => p.DocumentId == d.Id).OrderBy(p => p.Position).ToListAsync(ct).ConfigureAwait(false);
        var project = projects.First(p => p.Id == row.ProjectId);

        var model = DocumentJsonReader.Read(version.SnapshotJson);
        var coreProject = model.Projects[project.Position - 1];
        var (updated, changes) = IndicatorFields.Apply(coreProject.Indicators[row.Position - 1], edit);
        _guard.Documents.Indicator($"第 {project.Position} 个项目“{DocumentLimits.Short(project.Name)}”第 {row.Position} 项指标", updated);
        if (changes.Count == 0)
        {
            var unchanged = await _db.Findings.AsNoTracking().Where(f => f.DocumentId == d.Id && f.ProjectId == project.Id)
                .OrderBy(f => f.Position).ToListAsync(ct).ConfigureAwait(false);
            return new IndicatorEditResult(IndicatorFields.ToView(row), unchanged.Select(FindingRows.ToView).ToArray());
        }

        var indicatorList = coreProject.Indicators.ToArray();
        indicatorList[row.Position - 1] = updated;
        var projectList = model.Projects.ToArray();
        projectList[project.Position - 1] = coreProject with { Indicators = indicatorList };
        model = model with { Projects = projectList };

        var now = Now;
        version.SnapshotJson = DocumentJsonWriter.ToJson(model);
        project.SnapshotJson = ProjectRows.ProjectSnapshot(model, projectList[project.Position - 1]);
        IndicatorFields.CopyFrom(row, updated);
        row.RowVersion++;
        row.UpdatedBy = actor!.UserName;
        row.UpdatedAt = now;
        d.RowVersion++;
        d.UpdatedAt = now;

        var indicators = await _db.Indicators.Where(i => i.DocumentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
        var findings = await ReplaceFindingsAsync(d, model, projects, indicators, ct).ConfigureAwait(false);
        var where = $"项目{project.Name} › 指标{updated.Name}";
        foreach (var (field, old, @new) in changes)
            Audit(d, actor, "修改指标", where, field, old, @new);
        ColumnLimits.Check(_db.ChangeTracker);

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
        return new IndicatorEditResult(IndicatorFields.ToView(row),
            findings.Where(f => f.ProjectId == project.Id).OrderBy(f => f.Position).Select(FindingRows.ToView).ToArray());
    }

    private static ConcurrencyConflictException Conflict(IndicatorEntity? stored)
    {
        var who = stored?.UpdatedBy ?? "其他用户";
        var when = stored?.UpdatedAt is { } at
            ? at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : "刚才";
        return new ConcurrencyConflictException($"该指标已被{who}于{when}修改，您的修改未保存。请刷新后重试。");
    }
}
