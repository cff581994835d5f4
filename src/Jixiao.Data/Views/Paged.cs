using System.Collections;

namespace Jixiao.Data;

/// <summary>
/// Which page of a list (分页): 1-based <see cref="Page"/>, <see cref="PageSize"/> items each, at most
/// <see cref="MaxPageSize"/>. Every list the store returns is read one page at a time, so no list grows with the data.
/// </summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    /// <summary>The first page of the default size.</summary>
    public static PageRequest First { get; } = new();

    /// <summary>The largest page: for pick lists (a department select) that show one bounded list whole.</summary>
    public static PageRequest Largest { get; } = new(1, MaxPageSize);

    public int Skip => (Page - 1) * PageSize;

    /// <summary>Refuses a page number below 1 or a size outside 1—<see cref="MaxPageSize"/> (HTTP 422), before any query.</summary>
    public PageRequest Checked()
    {
        if (Page < 1) throw new InvalidInputException($"页码 page={Page} 无效：页码从 1 开始。");
        if (PageSize is < 1 or > MaxPageSize)
            throw new InvalidInputException($"每页条数 pageSize={PageSize} 无效：应为 1—{MaxPageSize}。");
        return this;
    }
}

/// <summary>Where a page sits in its list, whatever the item type (what a pager needs).</summary>
public interface IPageInfo
{
    int Total { get; }
    int Page { get; }
    int PageSize { get; }
    int PageCount { get; }
    int Count { get; }
}

/// <summary>
/// One page of a list and the size of the whole list. It is itself the read-only list of the page's items (so the API
/// writes it as a plain JSON array and states the paging in headers, and callers iterate it as before).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(PagedJsonConverterFactory))]
public sealed class Paged<T>(IReadOnlyList<T> items, int total, int page, int pageSize) : IReadOnlyList<T>, IPageInfo
{
    public IReadOnlyList<T> Items { get; } = items;

    /// <summary>Items in the whole list, over all pages.</summary>
    public int Total { get; } = total;

    public int Page { get; } = page;

    public int PageSize { get; } = pageSize;

    public bool HasNext => (long)Page * PageSize < Total;

    /// <summary>Number of pages (at least 1, so an empty list is one empty page).</summary>
    public int PageCount => Math.Max(1, (int)((Total + (long)PageSize - 1) / PageSize));

    /// <summary>1-based position in the whole list of this page's first item (for numbering rows across pages).</summary>
    public int FirstNumber => (Page - 1) * PageSize + 1;

    public int Count => Items.Count;

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A page of a list already in memory (one that is bounded by other limits, e.g. a document's projects).</summary>
    public static Paged<T> Of(IReadOnlyList<T> all, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(request);
        request.Checked();
        return new Paged<T>(all.Skip(request.Skip).Take(request.PageSize).ToArray(), all.Count, request.Page, request.PageSize);
    }

    /// <summary>The same page with its items mapped (rows read from the database → the views the callers get).</summary>
    public Paged<TResult> Map<TResult>(Func<T, TResult> map) =>
        new(Items.Select(map).ToArray(), Total, Page, PageSize);
}
