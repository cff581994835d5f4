using Jixiao.Data;
using Jixiao.Data.Security;
using MudBlazor;

namespace Jixiao.Web.Components.Shared;

/// <summary>The Chinese names the UI shows for workflow states, roles and finding severities, and their colours.</summary>
public static class ChineseLabels
{
    public static string Of(WorkflowState state) => state switch
    {
        WorkflowState.Draft => "草稿",
        WorkflowState.Submitted => "已送审",
        WorkflowState.Returned => "被退回",
        WorkflowState.Approved => "已审核",
        WorkflowState.Published => "已公开",
        _ => state.ToString(),
    };

    public static Color ColorOf(WorkflowState state) => state switch
    {
        WorkflowState.Draft => Color.Default,
        WorkflowState.Submitted => Color.Info,
        WorkflowState.Returned => Color.Warning,
        WorkflowState.Approved => Color.Success,
        WorkflowState.Published => Color.Primary,
        _ => Color.Default,
    };

    public static string Of(Role role) => role switch
    {
        Role.UnitFiler => "单位填报人",
        Role.DepartmentReviewer => "部门审核人",
        Role.FinanceReviewer => "财政审核人",
        Role.Administrator => "系统管理员",
        _ => role.ToString(),
    };

    /// <summary>错误 / 警告 / 提示 for the severities error / warning / info.</summary>
    public static string OfSeverity(string severity) => severity switch
    {
        "error" => "错误",
        "warning" => "警告",
        "info" => "提示",
        _ => severity,
    };

    public static Color ColorOfSeverity(string severity) => severity switch
    {
        "error" => Color.Error,
        "warning" => Color.Warning,
        _ => Color.Info,
    };

    public static string Of(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "送审",
        WorkflowAction.Return => "退回",
        WorkflowAction.Approve => "审核通过",
        WorkflowAction.Publish => "公开",
        _ => action.ToString(),
    };
}
