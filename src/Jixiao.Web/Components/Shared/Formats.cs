using System.Globalization;
using Jixiao.Core.Values;

namespace Jixiao.Web.Components.Shared;

/// <summary>
/// How figures and dates are shown to finance staff: 1,234.50 (thousands separators, at least two decimals, never
/// fewer digits than the stored decimal has — 1.2345 万元 stays 1.2345, it is not rounded away) and 2026年11月23日.
/// Money is decimal throughout; nothing here goes through double.
/// </summary>
public static class Formats
{
    /// <summary>Thousands separators, two decimals.</summary>
    private const string MoneyPattern = "#,##0.00";

    /// <summary>Thousands separators, two decimals minimum, every further significant decimal kept.</summary>
    private const string ExactMoneyPattern = "#,##0.00############";

    /// <summary>
    /// A money amount such as 预算数 in 万元 as finance staff write it: "1,234.50", two decimals, half away from zero;
    /// empty when unknown. 16,726,725.44 元 is 1672.672544 万元 exactly and is shown as 1,672.67 — the stored value
    /// stays exact and <see cref="MoneyExact"/> gives every digit for a tooltip (issue 20 item 8: 583.061823 on screen).
    /// </summary>
    public static string Money(decimal? amount) =>
        amount is null ? "" : Math.Round(amount.Value, 2, MidpointRounding.AwayFromZero).ToString(MoneyPattern, CultureInfo.InvariantCulture);

    /// <summary>Every significant decimal kept: "1,672.672544"; empty when unknown.</summary>
    public static string MoneyExact(decimal? amount) =>
        amount is null ? "" : amount.Value.ToString(ExactMoneyPattern, CultureInfo.InvariantCulture);

    /// <summary>A tooltip with the exact amount when <see cref="Money"/> rounded it; null when nothing was rounded.</summary>
    public static string? MoneyTitle(decimal? amount, string unit = "万元") =>
        amount is { } a && Math.Round(a, 2) != a ? $"精确值：{MoneyExact(a)} {unit}" : null;

    /// <summary>A cumulative spending percentage as stored ("40" → "40%"); empty when the month was left blank.</summary>
    public static string Percent(decimal? percent) =>
        percent is null ? "" : percent.Value.ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>A date in Beijing time: 2026年11月23日 (<see cref="ChineseDates"/>, the one way the whole system writes dates).</summary>
    public static string Date(DateTimeOffset at) => ChineseDates.Date(at);

    /// <summary>A calendar day (截至日期, 报送截止日期): 2026年8月15日, never 2026-08-15.</summary>
    public static string Date(DateOnly day) => ChineseDates.Date(day);

    /// <summary>A moment in Beijing time: 2026年11月23日 14:05.</summary>
    public static string DateTime(DateTimeOffset at) => ChineseDates.DateTime(at);

    /// <summary>The current calendar year in Beijing time.</summary>
    public static int ThisYearInChina() => ChineseDates.InChina(DateTimeOffset.UtcNow).Year;

    /// <summary>A count with thousands separators: 12,345.</summary>
    public static string Count(int count) => count.ToString("#,##0", CultureInfo.InvariantCulture);
}
