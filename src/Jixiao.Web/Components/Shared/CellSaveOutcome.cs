namespace Jixiao.Web.Components.Shared;

/// <summary>
/// 单元格保存的结果：已保存（编辑框关闭），或未保存及原因（编辑框保留用户输入的内容）。
/// Conflict: someone else saved the row first; the page has reloaded it, so the table shows their value beside the
/// user's text instead of throwing that text away (issue 20 item 10).
/// </summary>
public sealed record CellSaveOutcome(bool Saved, string? Message = null, bool Conflict = false)
{
    public static CellSaveOutcome Stored { get; } = new(true);

    public static CellSaveOutcome Refused(string message) => new(false, message);

    public static CellSaveOutcome ConflictWith(string message) => new(false, message, Conflict: true);
}
