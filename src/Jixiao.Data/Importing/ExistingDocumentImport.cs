using Jixiao.Core.Model;
using Jixiao.Core.Model.Identity;
using Jixiao.Data.Entities;
using Jixiao.Data.Limits;
using Jixiao.Data.Mapping;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Importing;

/// <summary>
/// An import into the document a unit already has for the year: 替换草稿 rewrites its current, editable version;
/// 作为新版本 freezes the current version (kept in 版本记录, comparable) and makes the file the next version. Either
/// way the project, indicator and finding rows become the file's, the state (草稿 or 被退回) stays, and one audit
/// line says what happened.
/// </summary>
internal static class ExistingDocumentImport
{
    public static async Task<DocumentSummary> ApplyAsync(JixiaoStore store, Security.Actor actor, DocumentEntity d, TargetDocument model,
        ImportMode mode, string how, CancellationToken ct)
    {
        var db = store.Context;
        // The state first: a filer of a submitted document is told to withdraw it, not that they may not edit it.
        if (ExistingDocumentRules.Blocked(d.State, d.Title) is { } blocked) throw new WorkflowException(blocked);
        JixiaoStore.Require(actor, Security.DocumentAction.Edit, d, mode == ImportMode.ReplaceDraft ? "替换草稿" : "导入新版本");

        using var writing = await DocumentWriteLock.EnterAsync(d.Id, ct).ConfigureAwait(false);
        model = DocumentKeys.AssignMissing(model, store.Keys);
        var now = store.Now;
        var current = await db.DocumentVersions.FirstAsync(v => v.DocumentId == d.Id && v.Number == d.CurrentVersion, ct).ConfigureAwait(false);
        var snapshot = DocumentJsonWriter.ToJson(model);
        string action;
        if (mode == ImportMode.ReplaceDraft && !current.Frozen)
        {
            current.SnapshotJson = snapshot;
            current.CreatedBy = actor.UserName;
            current.CreatedAt = now;
            action = "替换草稿";
        }
        else
        {
            // 作为新版本 (or a 替换 of a version that is already frozen, which can only become a new one): the old version stays as it was.
            current.Frozen = true;
            db.DocumentVersions.Add(new DocumentVersionEntity
            {
                DocumentId = d.Id,
                Number = current.Number + 1,
                StateWhenFrozen = WorkflowState.Draft,
                CreatedBy = actor.UserName,
                CreatedAt = now,
                SnapshotJson = snapshot,
            });
            d.CurrentVersion = current.Number + 1;
            action = "导入新版本";
        }

        // The rows are the current version's: the old ones go (the findings in ReplaceFindingsAsync).
        var oldIndicators = await db.Indicators.Where(i => i.DocumentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
        db.Indicators.RemoveRange(oldIndicators);
        var oldProjects = await db.Projects.Where(p => p.DocumentId == d.Id).ToListAsync(ct).ConfigureAwait(false);
        db.Projects.RemoveRange(oldProjects);

        var rows = ProjectRows.Build(model, d, d.UnitName);
        var projects = rows.Select(r => r.Project).ToList();
        var indicators = rows.SelectMany(r => r.Indicators).ToList();
        db.Projects.AddRange(projects);
        db.Indicators.AddRange(indicators);
        d.ProjectCount = model.Projects.Count;
        d.UpdatedAt = now;
        d.RowVersion++;
        await store.ReplaceFindingsAsync(d, model, projects, indicators, ct).ConfigureAwait(false);
        store.Audit(d, actor, action, d.UnitName, "版本", $"第 {current.Number} 版", $"第 {d.CurrentVersion} 版：{how}，{model.Projects.Count} 个项目，{indicators.Count} 项指标");
        ColumnLimits.Check(db.ChangeTracker);
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new WorkflowException($"文档“{d.Title}”刚被其他用户修改，本次导入未保存。请刷新后重试。");
        }
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new DocumentSummary(d.Id, d.Title, d.FiscalYear, d.DepartmentId, d.BudgetUnitId, d.UnitName, d.State, d.CurrentVersion, d.ProjectCount, d.UpdatedAt);
    }
}
