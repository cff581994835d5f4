using System.Globalization;
using Jixiao.Core.Model;
using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Jixiao.Data.Security;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Drafting;

/// <summary>
/// 修改项目表头: saves an edit of one project's header fields of the current version, the way an indicator edit is saved
/// (JixiaoStore.Editing): only in 草稿/被退回, by who may edit; refused with <see cref="ConcurrencyConflictException"/> when
/// the project was saved since <c>expectedRowVersion</c> was read; the row, the version snapshot, a fresh review and one
/// audit line per changed field are saved together.
/// </summary>
public sealed class ProjectEditService(JixiaoStore store)
{
    /// <summary>Edits of different projects of one document collide only on the snapshot; retried this often.</summary>
    private const int SnapshotRetries = 5;

    private readonly JixiaoDbContext _db = store.Context;

    public async Task<ProjectEditResult> UpdateAsync(Actor? actor, int projectId, ProjectEdit edit, long expectedRowVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        for (var attempt = 1; ; attempt++)
        {
            _db.ChangeTracker.Clear();
            try
            {
                return await TryUpdateAsync(actor, projectId, edit, expectedRowVersion, ct).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                _db.ChangeTracker.Clear();
                var stored = await _db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == projectId, ct).ConfigureAwait(false);
                // The same project: the other save wins. Another project of the document: apply this edit on top of it.
                if (stored is null || stored.RowVersion != expectedRowVersion || attempt >= SnapshotRetries) throw Conflict(stored);
            }
        }
    }

    private async Task<ProjectEditResult> TryUpdateAsync(Actor? actor, int projectId, ProjectEdit edit, long expectedRowVersion, CancellationToken ct)
    {
        var row = await _db.Projects.FirstOrDefaultAsync(p => p.Id == projectId, ct).ConfigureAwait(false)
            ?? throw new NotFoundException($"找不到编号为 {projectId} 的项目，或您无权查看。");
        DocumentEntity d;
        try
        {
            d = await store.VisibleDocumentAsync(actor, row.DocumentId, track: true, ct).ConfigureAwait(false);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException($"找不到编号为 {projectId} 的项目，或您无权查看。");
        }
        if (!Workflow.IsEditable(d.State))
            throw new WorkflowException($"文档“{d.Title}”当前为“{d.State.ToChinese()}”，只有草稿或被退回的文档可以修改。");
        JixiaoStore.Require(actor, DocumentAction.Edit, d, "修改项目");
        if (row.RowVersion != expectedRowVersion) throw Conflict(row);

        var version = await _db.DocumentVersions.FirstAsync(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion, ct).ConfigureAwait(false);
        if (version.Frozen) throw new WorkflowException($"文档“{d.Title}”第 {version.Number} 版已送审冻结，不能修改。");
        var model = DocumentJsonReader.Read(version.SnapshotJson);
        var index = row.Position - 1;
        var unit = model.Projects[index].MoneyUnit ?? model.MoneyUnit ?? MoneyUnit.TenThousandYuan;
        var (updated, changes) = ProjectFields.Apply(model.Projects[index], edit, unit.ToChinese());
        var projects = await _db.Projects.Where(p => p.DocumentId == d.Id).OrderBy(p => p.Position).ToListAsync(ct).ConfigureAwait(false);
        row = projects.First(p => p.Id == projectId);
        if (changes.Count == 0)
        {
            var unchanged = await _db.Findings.AsNoTracking().Where(f => f.DocumentId == d.Id && f.ProjectId == row.Id)
                .OrderBy(f => f.Position).ToListAsync(ct).ConfigureAwait(false);
            return new ProjectEditResult(JixiaoStore.ToSummary(row), updated, row.RowVersion, unchanged.Select(FindingRows.ToView).ToArray());
        }

        var list = model.Projects.ToArray();
        list[index] = updated;
        model = model with { Projects = list };
        var now = store.Now;
        version.SnapshotJson = DocumentJsonWriter.ToJson(model);
        row.Code = updated.Code;
        row.Name = updated.Name;
        ProjectRows.ApplyBudget(row, updated, model.MoneyUnit);
        row.SnapshotJson = ProjectRows.ProjectSnapshot(model, updated);
        row.RowVersion++;
        row.UpdatedBy = actor!.UserName;
        row.UpdatedAt = now;
        d.RowVersion++;
        d.UpdatedAt = now;

        var indicators = await _db.Indicators.Where(i => i.DocumentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
        var findings = await store.ReplaceFindingsAsync(d, model, projects, indicators, ct).ConfigureAwait(false);
        var where = $"项目{updated.Name}";
        foreach (var (field, old, @new) in changes)
            store.Audit(d, actor, "修改项目", where, field, old, @new);

        await using (var tx = await _db.Database.BeginTransactionAsync(ct).ConfigureAwait(false))
        {
            await _db.SaveChangesAsync(ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        return new ProjectEditResult(JixiaoStore.ToSummary(row), updated, row.RowVersion,
            findings.Where(f => f.ProjectId == row.Id).OrderBy(f => f.Position).Select(FindingRows.ToView).ToArray());
    }

    private static ConcurrencyConflictException Conflict(ProjectEntity? stored)
    {
        var who = stored?.UpdatedBy ?? "其他用户";
        var when = stored?.UpdatedAt is { } at
            ? at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : "刚才";
        return new ConcurrencyConflictException($"该项目已被{who}于{when}修改，您的修改未保存。请刷新后重试。");
    }
}
