using Jixiao.Documents.Publishing.Xlsx;
using Xunit;

namespace Jixiao.Documents.Tests.Publishing.Xlsx;

public class PlainDecimalTests
{
    [Theory]
    [InlineData("13.72", true)]
    [InlineData("20", true)]
    [InlineData("0.5", true)]
    [InlineData("-3.10", true)]
    [InlineData("160000.00", true)]
    [InlineData("1,234.50", false)]
    [InlineData("007", false)]
    [InlineData("≥90%", false)]
    [InlineData("100%", false)]
    [InlineData(".5", false)]
    [InlineData("1e5", false)]
    [InlineData("１３", false)]
    [InlineData(" 13", false)]
    public void Only_plain_decimals_become_number_cells(string text, bool number) =>
        Assert.Equal(number, PlainDecimal.IsMatch(text));
}
