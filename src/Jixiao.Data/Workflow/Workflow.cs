namespace Jixiao.Data;

/// <summary>
/// The document workflow: 草稿/被退回 --送审--> 已送审 --退回--> 被退回; 已送审 --审核--> 已审核 --公开--> 已公开;
/// 已审核 can still be 退回 by the finance bureau. Editing only in 草稿/被退回.
/// </summary>
public static class Workflow
{
    /// <summary>The state after <paramref name="action"/>, or null when the step is not allowed from <paramref name="state"/>.</summary>
    public static WorkflowState? Next(WorkflowState state, WorkflowAction action) => (state, action) switch
    {
        (WorkflowState.Draft or WorkflowState.Returned, WorkflowAction.Submit) => WorkflowState.Submitted,
        (WorkflowState.Submitted or WorkflowState.Approved, WorkflowAction.Return) => WorkflowState.Returned,
        (WorkflowState.Submitted, WorkflowAction.Approve) => WorkflowState.Approved,
        (WorkflowState.Approved, WorkflowAction.Publish) => WorkflowState.Published,
        _ => null,
    };

    public static bool IsEditable(WorkflowState state) => state is WorkflowState.Draft or WorkflowState.Returned;

    /// <summary>草稿 / 已送审 / 被退回 / 已审核 / 已公开.</summary>
    public static string ToChinese(this WorkflowState state) => state switch
    {
        WorkflowState.Draft => "草稿",
        WorkflowState.Submitted => "已送审",
        WorkflowState.Returned => "被退回",
        WorkflowState.Approved => "已审核",
        _ => "已公开",
    };

    /// <summary>送审 / 退回 / 审核通过 / 公开.</summary>
    public static string ToChinese(this WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "送审",
        WorkflowAction.Return => "退回",
        WorkflowAction.Approve => "审核通过",
        _ => "公开",
    };
}
