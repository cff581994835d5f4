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
}
