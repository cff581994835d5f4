using Jixiao.Data;

namespace Jixiao.Web.Api;

/// <summary>
/// The review steps (审核流程): 送审, 退回 (with a note), 审核通过, 公开. Who may take which step from which state is the
/// store's decision (AccessPolicy and Workflow); a step the state does not allow is 409.
/// </summary>
internal static class WorkflowApi
{
    /// <summary>The note of a return (退回意见); ignored by the other steps.</summary>
    public sealed record TransitionRequest(string? Note);

    public static void Map(RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/documents/{documentId:int}").WithTags("审核流程");
        documents.MapPost("/submit", (int documentId, TransitionRequest? request, HttpContext http, JixiaoStore store, CancellationToken ct) =>
                TransitionAsync(documentId, WorkflowAction.Submit, request, http, store, ct))
            .WithName("SubmitDocument").WithSummary("送审（草稿或被退回 → 已送审，冻结当前版本）");
        documents.MapPost("/return", (int documentId, TransitionRequest? request, HttpContext http, JixiaoStore store, CancellationToken ct) =>
                TransitionAsync(documentId, WorkflowAction.Return, request, http, store, ct))
            .WithName("ReturnDocument").WithSummary("退回（须填写退回意见 note；已送审或已审核 → 被退回）");
        documents.MapPost("/approve", (int documentId, TransitionRequest? request, HttpContext http, JixiaoStore store, CancellationToken ct) =>
                TransitionAsync(documentId, WorkflowAction.Approve, request, http, store, ct))
            .WithName("ApproveDocument").WithSummary("审核通过（已送审 → 已审核）");
        documents.MapPost("/publish", (int documentId, TransitionRequest? request, HttpContext http, JixiaoStore store, CancellationToken ct) =>
                TransitionAsync(documentId, WorkflowAction.Publish, request, http, store, ct))
            .WithName("PublishDocument").WithSummary("公开（已审核 → 已公开，公众可见）");
    }

    private static async Task<IResult> TransitionAsync(int documentId, WorkflowAction action, TransitionRequest? request,
        HttpContext http, JixiaoStore store, CancellationToken ct)
    {
        var note = string.IsNullOrWhiteSpace(request?.Note) ? null : request.Note.Trim();
        var summary = await store.TransitionAsync(SignedInFilter.ActorOf(http), documentId, action, note, ct);
        return TypedResults.Ok(new TransitionResponse(summary, summary.State.ToChinese()));
    }

    /// <summary>The document after the step, with the Chinese name of its new state.</summary>
    public sealed record TransitionResponse(DocumentSummary Document, string StateName);
}
