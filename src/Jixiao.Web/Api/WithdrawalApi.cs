using Jixiao.Data;

namespace Jixiao.Web.Api;

/// <summary>
/// Taking back a step (issue 20 item 2): 删除草稿, 撤回送审, 撤回公开 (with a reason). The rules are WithdrawalService's
/// and AccessPolicy's; a state that does not allow the step is 409.
/// </summary>
internal static class WithdrawalApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/documents/{documentId:int}").WithTags("审核流程");
        documents.MapDelete("", async (int documentId, HttpContext http, WithdrawalService service, CancellationToken ct) =>
            {
                await service.DeleteDraftAsync(SignedInFilter.ActorOf(http), documentId, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteDraft").WithSummary("删除草稿（从未送审的草稿；记入修改日志）");
        documents.MapPost("/withdraw", async (int documentId, HttpContext http, WithdrawalService service, CancellationToken ct) =>
            {
                var summary = await service.WithdrawSubmissionAsync(SignedInFilter.ActorOf(http), documentId, ct);
                return TypedResults.Ok(new WorkflowApi.TransitionResponse(summary, summary.State.ToChinese()));
            })
            .WithName("WithdrawSubmission").WithSummary("撤回送审（已送审、尚未审核 → 草稿）");
        documents.MapPost("/unpublish", async (int documentId, WorkflowApi.TransitionRequest? request, HttpContext http, WithdrawalService service, CancellationToken ct) =>
            {
                var summary = await service.WithdrawPublicationAsync(SignedInFilter.ActorOf(http), documentId, request?.Note, ct);
                return TypedResults.Ok(new WorkflowApi.TransitionResponse(summary, summary.State.ToChinese()));
            })
            .WithName("WithdrawPublication").WithSummary("撤回公开（须填写原因 note；已公开 → 已审核，公开页面显示已撤回）");
    }
}
