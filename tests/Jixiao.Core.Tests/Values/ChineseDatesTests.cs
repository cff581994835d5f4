using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Values;

/// <summary>One way of writing dates for people, in Beijing time whatever the server's zone (issue 20 item 8).</summary>
public sealed class ChineseDatesTests
{
    [Fact]
    public void A_day_is_written_without_leading_zeros() =>
        Assert.Equal("2026年8月5日", ChineseDates.Date(new DateOnly(2026, 8, 5)));

    [Theory]
    // 16:48:16 UTC is past midnight in Beijing: the day moves on.
    [InlineData(2026, 12, 7, 16, 48, 16, "2026年12月8日", "2026年12月8日 00:48", "2026年12月8日 00:48:16")]
    [InlineData(2026, 1, 31, 4, 5, 9, "2026年1月31日", "2026年1月31日 12:05", "2026年1月31日 12:05:09")]
    public void A_moment_is_written_in_Beijing_time(int y, int mo, int d, int h, int mi, int s, string day, string minute, string second)
    {
        var at = new DateTimeOffset(y, mo, d, h, mi, s, TimeSpan.Zero);
        Assert.Equal(day, ChineseDates.Date(at));
        Assert.Equal(minute, ChineseDates.DateTime(at));
        Assert.Equal(second, ChineseDates.DateTimeSeconds(at));
    }

    [Fact]
    public void The_offset_a_moment_was_stored_with_does_not_change_how_it_is_written()
    {
        var utc = new DateTimeOffset(2026, 12, 7, 4, 48, 16, TimeSpan.Zero);
        Assert.Equal(ChineseDates.DateTimeSeconds(utc), ChineseDates.DateTimeSeconds(utc.ToOffset(TimeSpan.FromHours(-5))));
        Assert.Equal("2026年12月7日 12:48:16", ChineseDates.DateTimeSeconds(utc));
    }
}
