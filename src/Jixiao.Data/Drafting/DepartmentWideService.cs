using Jixiao.Core.Model;
using Jixiao.Data.Mapping;
using Jixiao.Data.Security;
using Jixiao.Documents.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Drafting;

/// <summary>
/// 部门整体绩效目标 of a document as a page or the API shows it: the part itself (from the version's snapshot), its row
/// version to send back with an edit, whether this actor may edit it now, and its findings (signed-in readers only —
/// the public never sees findings). Edits go through <see cref="DocumentEditService"/> like every other edit.
/// </summary>
public sealed class DepartmentWideService(JixiaoStore store)
{
    private readonly JixiaoDbContext _db = store.Context;

    /// <summary>
    /// The department-wide part of a version (the current one by default; the public always reads the current one,
    /// which is what was published). “Not found” exactly as the document itself.
    /// </summary>
    public async Task<OverallDetail> GetAsync(Actor? actor, int documentId, int? version = null, CancellationToken ct = default)
    {
        var d = await store.VisibleDocumentAsync(actor, documentId, track: false, ct).ConfigureAwait(false);
        var number = actor is null ? d.CurrentVersion : version ?? d.CurrentVersion;
        var snapshot = await _db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == d.Id && v.Number == number)
            .Select(v => new { v.SnapshotJson, v.Frozen }).FirstOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw new NotFoundException($"文档“{d.Title}”没有第 {number} 版。");
        var model = DocumentJsonReader.Read(snapshot.SnapshotJson);
        var current = number == d.CurrentVersion;
        IReadOnlyList<FindingView> findings = [];
        if (actor is not null && current)
        {
            var rows = await _db.Findings.AsNoTracking().Where(f => f.DocumentId == d.Id && f.ProjectId == null)
                .OrderBy(f => f.Position).ToListAsync(ct).ConfigureAwait(false);
            findings = rows.Where(OverallFindings.IsOverall).Select(FindingRows.ToView).ToArray();
        }
        var canEdit = current && !snapshot.Frozen && Workflow.IsEditable(d.State) && store.CanEdit(actor, d);
        return new OverallDetail(d.Id, number, model.Overall, model.MoneyUnit, d.OverallRowVersion, canEdit, findings);
    }
}

/// <summary>
/// The department-wide part of one version: <see cref="Overall"/> null when the document has none (it can be written);
/// <see cref="RowVersion"/> goes back with every edit of it (If-Match).
/// </summary>
public sealed record OverallDetail(int DocumentId, int Version, OverallTarget? Overall, MoneyUnit? MoneyUnit, long RowVersion, bool CanEdit,
    IReadOnlyList<FindingView> Findings);
