using System.Globalization;

namespace Jixiao.Core.Values;

/// <summary>
/// 日期与时间的中文写法，全系统一种：2026年8月15日，2026年11月23日 14:05（北京时间）。Pages, service messages (“已被…于…修改”),
/// the audit log, Excel exports and the CLI all write dates this way (issue 20 item 8: “2026年12月7日” stood beside
/// “2026-12-07 12:48:16”). Exchange formats (JSON) keep ISO dates: they are read by programs, not people.
/// </summary>
public static class ChineseDates
{
    private static readonly TimeZoneInfo ChinaTime = FindChinaTime();

    /// <summary>A calendar day: 2026年8月15日.</summary>
    public static string Date(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{day.Year}年{day.Month}月{day.Day}日");

    /// <summary>The day of a moment in Beijing time: 2026年11月23日.</summary>
    public static string Date(DateTimeOffset at) => Date(DateOnly.FromDateTime(InChina(at).DateTime));

    /// <summary>A moment in Beijing time to the minute: 2026年11月23日 14:05.</summary>
    public static string DateTime(DateTimeOffset at)
    {
        var local = InChina(at);
        return Date(at) + string.Create(CultureInfo.InvariantCulture, $" {local.Hour:00}:{local.Minute:00}");
    }

    /// <summary>A moment in Beijing time to the second, where two saves a few seconds apart must be told apart: 2026年11月23日 14:05:09.</summary>
    public static string DateTimeSeconds(DateTimeOffset at) =>
        DateTime(at) + string.Create(CultureInfo.InvariantCulture, $":{InChina(at).Second:00}");

    /// <summary>The moment as a clock in China shows it.</summary>
    public static DateTimeOffset InChina(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, ChinaTime);

    // Public-sector users are all in China Standard Time (no daylight saving); the fixed offset covers servers
    // without time-zone data.
    private static TimeZoneInfo FindChinaTime()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间");
        }
    }
}
