namespace Jixiao.Documents.Layouts.LabelledTables;

/// <summary>
/// Splits a 绩效指标 cell that runs 一级指标, 二级指标 and 三级指标 together (产出指标数量指标北京市行政执法资格考试人数,
/// as the 部门整体支出绩效目标表 prints it) into its three parts: the 一级 name is one of the known first levels,
/// the 二级 name is what follows up to and including the next 指标. Text that does not start with a known first
/// level is kept whole as the indicator name.
/// </summary>
internal static class CombinedIndicatorName
{
    private static readonly string[] FirstLevels = ["产出指标", "成本指标", "效益指标", "效果指标", "满意度指标"];

    public static (string? Level1, string? Level2, string? Name) Split(string text)
    {
        var t = text.Trim();
        foreach (var first in FirstLevels)
        {
            if (!t.StartsWith(first, StringComparison.Ordinal)) continue;
            var rest = t[first.Length..];
            var end = rest.IndexOf("指标", StringComparison.Ordinal);
            if (end <= 0 || end + 2 >= rest.Length) return (first, null, rest.Length == 0 ? null : rest);
            return (first, rest[..(end + 2)], rest[(end + 2)..]);
        }
        return (null, null, t);
    }
}
