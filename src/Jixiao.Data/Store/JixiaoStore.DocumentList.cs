using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

public sealed partial class JixiaoStore
{
    /// <summary>
    /// One page of the documents the actor may view, newest fiscal year first, then by id, optionally of one
    /// jurisdiction, department or year, with the size of the whole list: a count and a page query over the same
    /// visibility filter as every other read, whatever the number of departments and years (it used to be one
    /// overview per department and year). A page once read is answered from <see cref="Caching.ReadCaches"/> until the
    /// next write of this process (or a few seconds): the finance bureau's list is read far more often than written.
    /// </summary>
    public async Task<Paged<DocumentSummary>> ListDocumentsAsync(Actor? actor, DocumentListFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var paging = filter.Paging.Checked();
        var key = Caching.DocumentListKey.Of(actor, published: false, filter.JurisdictionId, filter.DepartmentId, filter.FiscalYear, paging);
        if (_caches is not null && _caches.DocumentLists.TryGet(key, out var cached)) return cached;
        var readAt = _caches?.DocumentLists.Version ?? 0;
        var q = VisibleDocuments(actor);
        if (filter.JurisdictionId is int jurisdiction) q = q.Where(d => d.JurisdictionId == jurisdiction);
        if (filter.DepartmentId is int department) q = q.Where(d => d.DepartmentId == department);
        if (filter.FiscalYear is int year) q = q.Where(d => d.FiscalYear == year);
        // The summary's columns straight into the summary: no entity is built for a line of a list.
        var lines = q.OrderByDescending(d => d.FiscalYear).ThenBy(d => d.Id).Select(SummaryColumns);
        var page = await OnOneConnectionAsync(() => lines.ToPagedAsync(paging, ct), ct).ConfigureAwait(false);
        _caches?.DocumentLists.Set(key, page, readAt);
        return page;
    }
}
