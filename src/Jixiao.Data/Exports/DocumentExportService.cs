using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data.Exports;

/// <summary>
/// 文件所属：the department and (for a unit's own document) the budget unit a stored document is filed under, as the
/// register names them now — not as the imported file named them.
/// </summary>
public sealed record FiledUnder(string DepartmentCode, string DepartmentName, string? UnitCode, string? UnitName);

/// <summary>What a download is written from: the version's jixiao.document/1 snapshot and the body it is filed under.</summary>
public sealed record ExportSource(string SnapshotJson, FiledUnder FiledUnder);

/// <summary>
/// Reads what the official download (下载公开版式文件) needs (issue 20 item 6): the snapshot, read exactly as
/// <see cref="JixiaoStore.ExportJsonAsync"/> reads it (so who may download is who may read the JSON; the public only
/// 已公开), and the unit and department it is filed under, so the file is named and covered by the document's own body.
/// </summary>
public sealed class DocumentExportService(JixiaoStore store)
{
    private readonly JixiaoDbContext _db = store.Context;

    /// <summary>A version (the current one by default) with its filing; <paramref name="actor"/> null reads as the public.</summary>
    public async Task<ExportSource> ReadAsync(Actor? actor, int documentId, int? version = null, CancellationToken ct = default)
    {
        var json = await store.ExportJsonAsync(actor, documentId, version, ct).ConfigureAwait(false);
        // The document was found visible above; its filing is read without a second access check.
        var filing = await (
            from d in _db.Documents.AsNoTracking()
            where d.Id == documentId
            join dept in _db.Departments.AsNoTracking() on d.DepartmentId equals dept.Id
            join u in _db.BudgetUnits.AsNoTracking() on d.BudgetUnitId equals (int?)u.Id into units
            from unit in units.DefaultIfEmpty()
            select new FiledUnder(dept.Code, dept.Name, unit == null ? null : unit.Code, unit == null ? null : unit.Name))
            .SingleAsync(ct).ConfigureAwait(false);
        return new ExportSource(json, filing);
    }
}
