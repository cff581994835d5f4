using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// The weight frame a target table prints (陕西 and central templates): 分值权重（90分） over the weights column and
/// 执行率分值（10分） beside the budget. Read from the table's text without whitespace, since the header cells wrap
/// over lines (分值权重 / 一级指标 … 指标值 / （90分）).
/// </summary>
public static partial class WeightFrame
{
    public static decimal? StatedTotal(string compact) => Number(StatedTotalWords().Match(compact));

    public static decimal? ExecutionRatePoints(string compact) => Number(ExecutionRateWords().Match(compact));

    private static decimal? Number(Match m) =>
        m.Success ? decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(?:分值权重|指标权重|权重)[^。；]{0,30}?[（(](?<n>\d{2,3})分[）)]|(?:指标)?权重合计(?:为)?(?<n>\d{2,3})")]
    private static partial Regex StatedTotalWords();

    [GeneratedRegex(@"执行率(?:分值|权重)[^。；]{0,40}?(?<![\d.,])(?<n>\d{1,2})分[）)]")]
    private static partial Regex ExecutionRateWords();
}
