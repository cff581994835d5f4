using Jixiao.Data.Security;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

public sealed partial class JixiaoStore
{
    /// <summary>
    /// One page of the documents the actor may view, newest fiscal year first, then by id, optionally of one
    /// jurisdiction, department or year, with the size of the whole list: a count and a page query over the same
    /// visibility filter as every other read, whatever the number of departments and years (it used to be one
    /// overview per department and year).
    /// </summary>
    public async Task<Paged<DocumentSummary>> ListDocumentsAsync(Actor? actor, DocumentListFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var paging = filter.Paging.Checked();
        var q = VisibleDocuments(actor);
        if (filter.JurisdictionId is int jurisdiction) q = q.Where(d => d.JurisdictionId == jurisdiction);
        if (filter.DepartmentId is int department) q = q.Where(d => d.DepartmentId == department);
        if (filter.FiscalYear is int year) q = q.Where(d => d.FiscalYear == year);
        // The summary's columns straight into the summary: no entity is built for a line of a list.
        var lines = q.OrderByDescending(d => d.FiscalYear).ThenBy(d => d.Id).Select(SummaryColumns);
        return await OnOneConnectionAsync(() => lines.ToPagedAsync(paging, ct), ct).ConfigureAwait(false);
    }
}
