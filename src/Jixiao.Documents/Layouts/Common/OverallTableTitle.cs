namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// The title over a department-wide target table (部门整体支出绩效目标表, 部门整体绩效目标表, 整体支出绩效目标申报表):
/// a line of its own, not a table row, naming 整体 and 绩效目标 and ending in 表. A project form's indicator rows end
/// there: the rows under it are the department's, never the last project's.
/// </summary>
internal static class OverallTableTitle
{
    private const int MaxLength = 40;

    public static bool Is(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal) || line.Length > MaxLength * 2) return false;
        var t = TableRowCells.Compact(line);
        return t.Length <= MaxLength && t.EndsWith('表') && !t.Contains('。') && !t.Contains('，')
            && t.Contains("整体", StringComparison.Ordinal) && t.Contains("绩效目标", StringComparison.Ordinal);
    }
}
