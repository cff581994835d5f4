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
        // Locals, not request.Skip: EF reads a captured local as a parameter, but evaluates a computed property of a
        // captured object by compiling a lambda on every call.
        var skip = request.Skip;
        var take = request.PageSize;
        // Past the end (or nothing at all): no second query.
        var items = total <= skip ? [] : await ordered.Skip(skip).Take(take).ToListAsync(ct).ConfigureAwait(false);
        return new Paged<T>(items, total, request.Page, request.PageSize);
    }
}
