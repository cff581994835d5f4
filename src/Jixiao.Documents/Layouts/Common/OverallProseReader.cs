using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// Reads the prose 部门整体绩效目标: 总体绩效目标 (goals), 分项绩效目标 (sub-goals with their 绩效目标 and 绩效指标
/// text) and 工作保障措施 (measures). The part starts at the first heading that names the department-wide target
/// (not a 目录 entry) and ends at the next part (第二部分), the project part (预算项目绩效目标, a 绩效目标表), a heading
/// at the level of the part's own heading or above (六、 after 五、部门整体绩效目标), or a table.
/// </summary>
public static class OverallProseReader
{
    /// <summary>The department-wide target written as prose, or null when the document has none.</summary>
    public static OverallTarget? Read(IReadOnlyList<SourceLine> lines, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(context);
        var start = 0;
        while (start < lines.Count)
        {
            var heading = FindGoalsHeading(lines, start);
            if (heading < 0) return null;
            var part = OverallPart.Read(lines, heading, out var end);
            // A heading with nothing of the part under it (e.g. "第一部分 部门整体绩效目标" inside a 目录) is not the part.
            if (!part.IsEmpty) return part.ToTarget(context);
            start = Math.Max(end, heading + 1);
        }
        return null;
    }

    private static int FindGoalsHeading(IReadOnlyList<SourceLine> lines, int start)
    {
        for (var i = start; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            // Cheap filter first: only lines that mention a 目标 can be the heading.
            if (text.Length > 200 || !text.Contains("目标", StringComparison.Ordinal) || TableOfContentsLine.Is(text)) continue;
            if (OverallHeading.Classify(ProseLine.From(lines[i])) == OverallHeadingKind.Goals) return i;
        }
        return -1;
    }
}
