using Jixiao.Web.Components.Shared;

namespace Jixiao.Web.UiTests;

/// <summary>Figures as finance staff write them, dates in Beijing time.</summary>
public sealed class FormatsTests
{
    [Theory]
    [InlineData("0", "0.00")]
    [InlineData("13.72", "13.72")]
    [InlineData("1234.5", "1,234.50")]
    [InlineData("4148.23", "4,148.23")]
    [InlineData("12345678.9", "12,345,678.90")]
    [InlineData("-20", "-20.00")]
    // 16,726,725.44 元 is 1672.672544 万元 exactly: shown at two decimals as finance staff write 万元.
    [InlineData("1672.672544", "1,672.67")]
    [InlineData("583.061823", "583.06")]
    [InlineData("0.005", "0.01")]
    [InlineData("-0.005", "-0.01")]
    public void Money_has_thousands_separators_and_two_decimals_half_away_from_zero(string amount, string expected)
    {
        Assert.Equal(expected, Formats.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void The_exact_amount_is_kept_for_the_tooltip_when_rounded()
    {
        Assert.Equal("1,672.672544", Formats.MoneyExact(1672.672544m));
        Assert.Equal("精确值：1,672.672544 万元", Formats.MoneyTitle(1672.672544m));
        Assert.Null(Formats.MoneyTitle(1672.67m));
        Assert.Null(Formats.MoneyTitle(null));
    }

    [Fact]
    public void Money_of_an_unknown_amount_is_empty_not_zero()
    {
        Assert.Equal("", Formats.Money(null));
    }

    [Fact]
    public void Dates_are_written_in_Chinese_in_Beijing_time()
    {
        // 20:30 UTC on the 22nd is already the 23rd in Beijing.
        var at = new DateTimeOffset(2026, 11, 22, 20, 30, 0, TimeSpan.Zero);
        Assert.Equal("2026年11月23日", Formats.Date(at));
        Assert.Equal("2026年11月23日 04:30", Formats.DateTime(at));
    }

    [Fact]
    public void Calendar_days_are_written_the_same_way_without_leading_zeros()
    {
        Assert.Equal("2026年8月15日", Formats.Date(new DateOnly(2026, 8, 15)));
        Assert.Equal("2025年12月1日", Formats.Date(new DateOnly(2025, 12, 1)));
    }

    [Fact]
    public void Spending_percentages_keep_the_stored_figure()
    {
        Assert.Equal("40%", Formats.Percent(40m));
        Assert.Equal("37.5%", Formats.Percent(37.5m));
        Assert.Equal("", Formats.Percent(null));
    }
}
