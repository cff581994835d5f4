using Jixiao.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Api;

/// <summary>Review findings (审核意见) of a document, and accepting one with a reason (接受并说明理由).</summary>
internal static class FindingsApi
{
    /// <summary>Why the reviewer accepts the finding; required.</summary>
    public sealed record AcceptRequest(string? Reason);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents/{documentId:int}/findings", ListAsync).WithTags("审核意见").WithName("ListFindings")
            .WithSummary("文档的审核意见（可按级别 error|warning|info、规则、项目筛选），按文档顺序分页").WithDescription(PagedResponse.Description);
        api.MapPost("/findings/{findingId:int}/accept", AcceptAsync).WithTags("审核意见").WithName("AcceptFinding")
            .WithSummary("接受一条审核意见（须说明理由）");
    }

    private static async Task<Ok<IReadOnlyList<FindingView>>> ListAsync(int documentId, string? severity, string? ruleId, int? projectId,
        bool? includeAccepted, int? page, int? pageSize, HttpContext http, JixiaoStore store, CancellationToken ct)
    {
        var filter = new FindingFilter(NullIfBlank(severity), NullIfBlank(ruleId), projectId, includeAccepted ?? true);
        return PagedResponse.Ok(http, await store.GetFindingsAsync(SignedInFilter.ActorOf(http), documentId, filter, PagedResponse.RequestOf(page, pageSize), ct));
    }

    private static async Task<IResult> AcceptAsync(int findingId, AcceptRequest request, HttpContext http, JixiaoStore store, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Reason))
            return ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "接受审核意见时必须填写理由（reason）。");
        return TypedResults.Ok(await store.AcceptFindingAsync(SignedInFilter.ActorOf(http), findingId, request.Reason.Trim(), ct));
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
