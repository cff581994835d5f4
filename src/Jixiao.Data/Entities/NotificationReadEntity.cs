namespace Jixiao.Data.Entities;

/// <summary>
/// 已读：a user has read the notification made of one audit line (退回、审核通过、公开). Notifications themselves are
/// not stored: they are the audit lines of the documents a user files or reviews (docs/notifications.md).
/// </summary>
public sealed class NotificationReadEntity
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public long AuditEntryId { get; set; }
    public DateTimeOffset ReadAt { get; set; }
}
