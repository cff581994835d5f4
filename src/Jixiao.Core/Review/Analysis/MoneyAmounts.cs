using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Analysis;

/// <summary>Money in target values, converted exactly (decimal) to 元.</summary>
public static class MoneyAmounts
{
    /// <summary>
    /// The target as a total amount in 元, when its unit is a plain money unit (元, 千元, 万元, 亿元; a bare
    /// 万 when <paramref name="costContext"/> says the measure is money, since finance staff write 70万 for
    /// 70万元). Per-unit amounts (元/人, 万元/年) are not totals: null.
    /// </summary>
    public static decimal? TotalInYuan(TargetValue target, bool costContext)
    {
        if (target.NumericValue is not { } n || target.Unit is not { } unit) return null;
        return unit switch
        {
            "元" => n,
            "千元" => n * 1_000m,
            "万元" => n * MoneyUnits.YuanPerWan,
            "亿元" => n * 100_000_000m,
            "万" when costContext => n * MoneyUnits.YuanPerWan,
            _ => null,
        };
    }

    /// <summary>True for a money value, including a bare 万 on a money measure; per-unit money included.</summary>
    public static bool IsMoney(TargetValue target, bool costContext) =>
        target.Kind == TargetKind.Amount || (costContext && target.Unit is "万" or "千" or "亿");

    /// <summary>An amount written in a document unit, in 元.</summary>
    public static decimal ToYuan(decimal amount, MoneyUnit unit) => MoneyUnits.Convert(amount, unit, MoneyUnit.Yuan);

    public static string FormatYuan(decimal yuan) => yuan.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "元";
}
