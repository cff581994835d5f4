namespace Jixiao.Data;

/// <summary>A step of the review: 送审, 退回, 审核通过, 公开.</summary>
public enum WorkflowAction
{
    /// <summary>送审.</summary>
    Submit,
    /// <summary>退回 (with a note).</summary>
    Return,
    /// <summary>审核通过.</summary>
    Approve,
    /// <summary>公开.</summary>
    Publish,
}
