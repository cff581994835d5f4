using Jixiao.Data.Queues;

namespace Jixiao.Web.Api;

/// <summary>The signed-in user's work queues (待审核, 被退回, 待公开), as on the landing page.</summary>
internal static class WorkQueueApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/queues", async (HttpContext http, WorkQueueService queues, CancellationToken ct) =>
                TypedResults.Ok(await queues.ForAsync(SignedInFilter.ActorOf(http), ct)))
            .WithTags("工作队列").WithName("WorkQueues").WithSummary("我的待办：待审核、被退回、待公开（数量及最早的 10 份）");
}
