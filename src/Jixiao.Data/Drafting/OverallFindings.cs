using Jixiao.Core.Review;
using Jixiao.Data.Entities;

namespace Jixiao.Data.Drafting;

/// <summary>Which stored findings are about the department-wide part (the review places them at project 0).</summary>
public static class OverallFindings
{
    /// <summary>
    /// The stored “where” of a finding at project 0 starts with 部门整体绩效目标 (<see cref="FindingLocation.ToString"/>,
    /// kept by <c>FindingRows.Describe</c> for findings not on a stored project); a finding that the document has no
    /// department-wide part at all reads 整个文档（未见部门整体绩效目标）and is about it too.
    /// </summary>
    public static bool IsOverall(FindingEntity f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return f.ProjectId is null && f.Project is null
            && (f.Where.StartsWith("部门整体绩效目标", StringComparison.Ordinal) || f.Where.Contains("未见部门整体绩效目标", StringComparison.Ordinal));
    }
}
