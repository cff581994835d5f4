using Jixiao.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>
/// What the public (公众) reads: published documents only (预算公开), no sign-in. Always asked as the public (no
/// actor), even by a signed-in user, so it shows exactly what is public.
/// </summary>
internal static class PublicApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var published = api.MapGroup("/public/documents").WithTags("公开");
        published.MapGet("/", ListAsync).WithName("ListPublishedDocuments").WithSummary("已公开的文档（可按行政区划筛选），分页")
            .WithDescription(PagedResponse.Description);
        published.MapGet("/{documentId:int}", GetAsync).WithName("GetPublishedDocument").WithSummary("一份已公开的文档（未公开的为 404；项目分页）")
            .WithDescription("page、pageSize 作用于项目列表。" + PagedResponse.Description);
        published.MapGet("/{documentId:int}/json", GetJsonAsync).WithName("GetPublishedDocumentJson")
            .WithSummary("已公开文档的交换格式 JSON（jixiao.document/1）")
            .Produces<string>(StatusCodes.Status200OK, "application/json");
    }

    private static async Task<Ok<IReadOnlyList<DocumentSummary>>> ListAsync(int? jurisdictionId, int? page, int? pageSize, HttpContext http, JixiaoStore store, CancellationToken ct) =>
        PagedResponse.Ok(http, await store.ListPublishedAsync(jurisdictionId, PagedResponse.RequestOf(page, pageSize), ct));

    private static async Task<Ok<DocumentResponse>> GetAsync(int documentId, int? page, int? pageSize, HttpContext http, JixiaoStore store, CancellationToken ct)
    {
        var detail = await store.GetDocumentAsync(null, documentId, null, PagedResponse.RequestOf(page, pageSize), ct);
        PagedResponse.WriteHeaders(http, detail.Projects);
        return TypedResults.Ok(DocumentResponse.Of(detail));
    }

    private static async Task<IResult> GetJsonAsync(int documentId, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Text(await store.ExportJsonAsync(null, documentId, null, ct), "application/json; charset=utf-8");
}
