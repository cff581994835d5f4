using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>Reads one page of an ordered query: a count and a Skip/Take over the same filter, both in the database.</summary>
internal static class PagedQueries
{
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Checked();
        var total = await ordered.CountAsync(ct).ConfigureAwait(false);
        // Past the end (or nothing at all): no second query.
        var items = total <= request.Skip ? [] : await ordered.Skip(request.Skip).Take(request.PageSize).ToListAsync(ct).ConfigureAwait(false);
        return new Paged<T>(items, total, request.Page, request.PageSize);
    }
}
