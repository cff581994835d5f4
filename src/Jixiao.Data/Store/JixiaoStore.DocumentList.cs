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
    public async Task<DocumentListPage> ListDocumentsAsync(Actor? actor, DocumentListFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Page < 1) throw new InvalidInputException($"页码 page={filter.Page} 无效：页码从 1 开始。");
        if (filter.PageSize is < 1 or > DocumentListFilter.MaxPageSize)
            throw new InvalidInputException($"每页条数 pageSize={filter.PageSize} 无效：应为 1—{DocumentListFilter.MaxPageSize}。");
        var q = VisibleDocuments(actor);
        if (filter.JurisdictionId is int jurisdiction) q = q.Where(d => d.JurisdictionId == jurisdiction);
        if (filter.DepartmentId is int department) q = q.Where(d => d.DepartmentId == department);
        if (filter.FiscalYear is int year) q = q.Where(d => d.FiscalYear == year);
        return await OnOneConnectionAsync(async () =>
        {
            var total = await q.CountAsync(ct).ConfigureAwait(false);
            var rows = total == 0 ? [] : await q.OrderByDescending(d => d.FiscalYear).ThenBy(d => d.Id)
                .Skip((filter.Page - 1) * filter.PageSize).Take(filter.PageSize).ToListAsync(ct).ConfigureAwait(false);
            return new DocumentListPage(rows.Select(ToSummary).ToArray(), total, filter.Page, filter.PageSize);
        }, ct).ConfigureAwait(false);
    }
}
