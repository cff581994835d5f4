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
        published.MapGet("/", ListAsync).WithName("ListPublishedDocuments").WithSummary("已公开的文档（可按行政区划筛选）");
        published.MapGet("/{documentId:int}", GetAsync).WithName("GetPublishedDocument").WithSummary("一份已公开的文档（未公开的为 404）");
        published.MapGet("/{documentId:int}/json", GetJsonAsync).WithName("GetPublishedDocumentJson")
            .WithSummary("已公开文档的交换格式 JSON（jixiao.document/1）")
            .Produces<string>(StatusCodes.Status200OK, "application/json");
    }

    private static async Task<Ok<IReadOnlyList<DocumentSummary>>> ListAsync(int? jurisdictionId, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListPublishedAsync(jurisdictionId, ct));

    private static async Task<Ok<DocumentResponse>> GetAsync(int documentId, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Ok(DocumentResponse.Of(await store.GetDocumentAsync(null, documentId, null, ct)));

    private static async Task<IResult> GetJsonAsync(int documentId, JixiaoStore store, CancellationToken ct) =>
        TypedResults.Text(await store.ExportJsonAsync(null, documentId, null, ct), "application/json; charset=utf-8");
}
