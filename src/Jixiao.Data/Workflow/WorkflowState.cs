namespace Jixiao.Data;

/// <summary>Where a document is in its review (审核流程).</summary>
public enum WorkflowState
{
    /// <summary>草稿: being filled in; editable.</summary>
    Draft,
    /// <summary>已送审: sent for review; the version is frozen.</summary>
    Submitted,
    /// <summary>被退回: sent back with the reviewer's note; editable in a new version.</summary>
    Returned,
    /// <summary>已审核: approved; waits to be published.</summary>
    Approved,
    /// <summary>已公开: published (预算公开); the public can read it.</summary>
    Published,
}
