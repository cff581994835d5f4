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
    // 12,345 元 is 1.2345 万元 exactly: the extra decimals are shown, never rounded away.
    [InlineData("1.2345", "1.2345")]
    [InlineData("0.000001", "0.000001")]
    public void Money_has_thousands_separators_two_decimals_and_loses_no_digit(string amount, string expected)
    {
        Assert.Equal(expected, Formats.Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));
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
    public void Spending_percentages_keep_the_stored_figure()
    {
        Assert.Equal("40%", Formats.Percent(40m));
        Assert.Equal("37.5%", Formats.Percent(37.5m));
        Assert.Equal("", Formats.Percent(null));
    }
}
