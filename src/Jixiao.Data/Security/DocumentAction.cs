namespace Jixiao.Data.Security;

/// <summary>What an actor wants to do with a document (or, for ManageUsers, in a jurisdiction).</summary>
public enum DocumentAction
{
    View,
    Edit,
    Import,
    Submit,
    Return,
    Approve,
    Publish,
    AcceptFinding,
    ViewAudit,
    ManageUsers,
    /// <summary>删除草稿: a 草稿 never submitted, by whoever files it.</summary>
    DeleteDraft,
    /// <summary>撤回送审: back from 已送审 to 草稿 before anyone reviewed it, by whoever filed it.</summary>
    WithdrawSubmission,
    /// <summary>撤回公开: back from 已公开 to 已审核, by the finance bureau.</summary>
    WithdrawPublication,
}
