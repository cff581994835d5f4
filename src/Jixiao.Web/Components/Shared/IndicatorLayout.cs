using Jixiao.Data;

namespace Jixiao.Web.Components.Shared;

/// <summary>An indicator row with the row spans of its 一级指标 and 二级指标 cells; 0 means the cell above covers it.</summary>
public sealed record LaidOutIndicator(IndicatorRow Row, int Level1Span, int Level2Span);

/// <summary>
/// Merges the 一级指标 and 二级指标 cells down while they repeat, as the official 项目绩效目标表 does: a 二级
/// cell is merged only inside its 一级 run (two 数量指标 groups under different 一级 stay separate).
/// </summary>
public static class IndicatorLayout
{
    public static IReadOnlyList<LaidOutIndicator> Lay(IReadOnlyList<IndicatorRow> rows)
    {
        var laid = new List<LaidOutIndicator>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var continuesLevel1 = i > 0 && rows[i - 1].Level1 == rows[i].Level1;
            var continuesLevel2 = continuesLevel1 && rows[i - 1].Level2 == rows[i].Level2;
            var level1Span = continuesLevel1 ? 0 : RunLength(rows, i, sameLevel2: false);
            var level2Span = continuesLevel2 ? 0 : RunLength(rows, i, sameLevel2: true);
            laid.Add(new LaidOutIndicator(rows[i], level1Span, level2Span));
        }
        return laid;
    }

    private static int RunLength(IReadOnlyList<IndicatorRow> rows, int start, bool sameLevel2)
    {
        var end = start + 1;
        while (end < rows.Count
               && rows[end].Level1 == rows[start].Level1
               && (!sameLevel2 || rows[end].Level2 == rows[start].Level2))
            end++;
        return end - start;
    }
}
