using System.Globalization;
using Jixiao.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace Jixiao.Web.Api;

/// <summary>
/// How every list of the API is paged, the way <c>GET /api/documents</c> started it: query parameters <c>page</c>
/// (from 1) and <c>pageSize</c> (default 100, at most 500; anything else is 422 before any query); the body stays the
/// plain array (or the object holding the list); the paging is in headers: X-Total-Count (the whole list), X-Page,
/// X-Page-Size, and a Link with rel="next" while there are more.
/// </summary>
internal static class PagedResponse
{
    public const string Description =
        "分页：page 从 1 开始，pageSize 默认 100、最多 500（超出为 422）。响应头 X-Total-Count 为总数，X-Page、X-Page-Size 为本页；还有下一页时 Link 头给出 rel=\"next\" 的地址。";

    /// <summary>The page asked for; the store checks it (422 with a Chinese message).</summary>
    public static PageRequest RequestOf(int? page, int? pageSize) => new(page ?? 1, pageSize ?? PageRequest.DefaultPageSize);

    /// <summary>The list itself as the body, the paging in headers.</summary>
    public static Ok<IReadOnlyList<T>> Ok<T>(HttpContext http, Paged<T> paged)
    {
        WriteHeaders(http, paged);
        return TypedResults.Ok(paged.Items);
    }

    /// <summary>The paging headers of the answer's (one) list.</summary>
    public static void WriteHeaders<T>(HttpContext http, Paged<T> paged)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(paged);
        var headers = http.Response.Headers;
        headers["X-Total-Count"] = paged.Total.ToString(CultureInfo.InvariantCulture);
        headers["X-Page"] = paged.Page.ToString(CultureInfo.InvariantCulture);
        headers["X-Page-Size"] = paged.PageSize.ToString(CultureInfo.InvariantCulture);
        if (!paged.HasNext) return;
        var next = new Dictionary<string, string?>();
        foreach (var (key, value) in QueryHelpers.ParseQuery(http.Request.QueryString.Value)) next[key] = value.ToString();
        next["page"] = (paged.Page + 1).ToString(CultureInfo.InvariantCulture);
        next["pageSize"] = paged.PageSize.ToString(CultureInfo.InvariantCulture);
        headers.Link = $"<{QueryHelpers.AddQueryString(http.Request.PathBase + http.Request.Path, next)}>; rel=\"next\"";
    }
}
