using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Drafting;

public sealed partial class DocumentEditService
{
    /// <summary>修改项目表头, guarded by the project's row version.</summary>
    public async Task<ProjectEditResult> UpdateProjectAsync(Actor? actor, int projectId, ProjectEdit edit, long expectedRowVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var r = await RunAsync(actor, EditGuard.Project, projectId, expectedRowVersion, "修改项目",
            s => ProjectOperations.UpdateHeader(s, edit), ct).ConfigureAwait(false);
        return new ProjectEditResult(r.Project!, r.ProjectModel!, r.ProjectRowVersion!.Value, r.ProjectFindings);
    }

    /// <summary>添加项目 at the end of the document, guarded by the document's row version (项目名称 required).</summary>
    public Task<DraftEditResult> AddProjectAsync(Actor? actor, int documentId, ProjectEdit fields, long expectedDocumentRowVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var key = store.Keys.NewKey();
        return RunAsync(actor, EditGuard.Document, documentId, expectedDocumentRowVersion, "添加项目", s => ProjectOperations.Add(s, key, fields), ct);
    }

    /// <summary>删除项目 from the current version (earlier frozen versions keep it), guarded by the project's row version.</summary>
    public Task<DraftEditResult> DeleteProjectAsync(Actor? actor, int projectId, long expectedRowVersion, CancellationToken ct = default) =>
        RunAsync(actor, EditGuard.Project, projectId, expectedRowVersion, "删除项目", ProjectOperations.Delete, ct);

    /// <summary>Moves a project to a 1-based position (上移/下移), guarded by its row version.</summary>
    public Task<DraftEditResult> MoveProjectAsync(Actor? actor, int projectId, int position, long expectedRowVersion, CancellationToken ct = default) =>
        RunAsync(actor, EditGuard.Project, projectId, expectedRowVersion, "移动项目", s => ProjectOperations.Move(s, position), ct);

    /// <summary>修改指标, guarded by the indicator's row version.</summary>
    public async Task<IndicatorEditResult> UpdateIndicatorAsync(Actor? actor, int indicatorId, IndicatorEdit edit, long expectedRowVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var r = await RunAsync(actor, EditGuard.Indicator, indicatorId, expectedRowVersion, "修改指标",
            s => IndicatorOperations.Update(s, edit), ct).ConfigureAwait(false);
        return new IndicatorEditResult(r.Indicator!, r.ProjectFindings);
    }

    /// <summary>添加指标 under a 一级/二级 of the document's frame, guarded by the project's row version.</summary>
    public Task<DraftEditResult> AddIndicatorAsync(Actor? actor, int projectId, NewIndicator indicator, long expectedProjectRowVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var key = store.Keys.NewKey();
        return RunAsync(actor, EditGuard.Project, projectId, expectedProjectRowVersion, "添加指标", s => IndicatorOperations.Add(s, key, indicator), ct);
    }

    /// <summary>删除指标, guarded by the indicator's row version.</summary>
    public Task<DraftEditResult> DeleteIndicatorAsync(Actor? actor, int indicatorId, long expectedRowVersion, CancellationToken ct = default) =>
        RunAsync(actor, EditGuard.Indicator, indicatorId, expectedRowVersion, "删除指标", IndicatorOperations.Delete, ct);

    /// <summary>上移/下移 within its 二级, or 移到 another 二级; guarded by the indicator's row version.</summary>
    public Task<DraftEditResult> MoveIndicatorAsync(Actor? actor, int indicatorId, IndicatorMove move, long expectedRowVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(move);
        return RunAsync(actor, EditGuard.Indicator, indicatorId, expectedRowVersion, "移动指标", s => IndicatorOperations.Move(s, move), ct);
    }

    /// <summary>The row version of every project of the document (what a list page sends back to move or delete one).</summary>
    public async Task<IReadOnlyDictionary<int, long>> ProjectRowVersionsAsync(Actor? actor, int documentId, CancellationToken ct = default)
    {
        var d = await store.VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        return await _db.Projects.AsNoTracking().Where(p => p.DocumentId == d.Id).ToDictionaryAsync(p => p.Id, p => p.RowVersion, ct).ConfigureAwait(false);
    }

    /// <summary>The indicator frame (一级/二级 to add under) the document uses.</summary>
    public async Task<IndicatorFrame> FrameAsync(Actor? actor, int documentId, CancellationToken ct = default)
    {
        var d = await store.VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        var levels = await _db.Indicators.AsNoTracking().Where(i => i.DocumentId == d.Id).Select(i => new { i.Level1, i.Level2 })
            .Distinct().ToListAsync(ct).ConfigureAwait(false);
        return IndicatorFrame.Of(levels.Select(l => (l.Level1, l.Level2)));
    }
}
