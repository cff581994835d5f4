using Jixiao.Data.Notifications;

namespace Jixiao.Web.Api;

/// <summary>The signed-in user's notifications (通知) of returns, approvals and publication, and their read marks.</summary>
internal static class NotificationsApi
{
    /// <summary>How many notifications are unread.</summary>
    public sealed record UnreadCount(int Unread);

    public static void Map(RouteGroupBuilder signedIn)
    {
        var group = signedIn.MapGroup("/notifications").WithTags("通知");
        group.MapGet("", async (bool? unread, int? page, int? pageSize, NotificationService service, HttpContext http, CancellationToken ct) =>
                PagedResponse.Ok(http, await service.ListAsync(SignedInFilter.ActorOf(http), unread ?? false, PagedResponse.RequestOf(page, pageSize), ct)))
            .WithName("ListNotifications").WithSummary("我的通知（退回及意见、审核通过、公开；新的在前；unread=true 只列未读）")
            .WithDescription(PagedResponse.Description);
        group.MapGet("/unread-count", async (NotificationService service, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(new UnreadCount(await service.UnreadCountAsync(SignedInFilter.ActorOf(http), ct))))
            .WithName("UnreadNotificationCount").WithSummary("未读通知数");
        group.MapPost("/{notificationId:long}/read", async (long notificationId, NotificationService service, HttpContext http, CancellationToken ct) =>
            {
                await service.MarkReadAsync(SignedInFilter.ActorOf(http), notificationId, ct);
                return TypedResults.NoContent();
            })
            .WithName("MarkNotificationRead").WithSummary("标为已读（不是发给本人的通知 404）").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/read-all", async (NotificationService service, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(new UnreadCount(await service.MarkAllReadAsync(SignedInFilter.ActorOf(http), ct))))
            .WithName("MarkAllNotificationsRead").WithSummary("全部标为已读（返回原未读数）");
    }
}
