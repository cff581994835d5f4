using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Values;

/// <summary>Valid and invalid inputs as data tables, values taken from the seeds.</summary>
public class TargetValueParserTests
{
    [Theory]
    [InlineData("≥95%", "ratio", ">=", "95", "%")]
    [InlineData("100%", "ratio", "=", "100", "%")]
    [InlineData("≥80百分率", "ratio", ">=", "80", "%")]
    [InlineData("≥90百分比", "ratio", ">=", "90", "%")]
    [InlineData("≥95％", "ratio", ">=", "95", "%")]
    [InlineData("≤13.72万元", "amount", "<=", "13.72", "万元")]
    [InlineData("≤600元/人", "amount", "<=", "600", "元/人")]
    [InlineData("≤7.2万元/年", "amount", "<=", "7.2", "万元/年")]
    [InlineData("≥30000元", "amount", ">=", "30000", "元")]
    [InlineData("≤2套", "quantity", "<=", "2", "套")]
    [InlineData("≥7000 次", "quantity", ">=", "7000", "次")]
    [InlineData("≤10个工作日", "quantity", "<=", "10", "个工作日")]
    [InlineData("≥350万人次", "quantity", ">=", "350", "万人次")]
    [InlineData("≤70万", "quantity", "<=", "70", "万")]
    [InlineData("15套", "quantity", "=", "15", "套")]
    [InlineData("不低于500次", "quantity", ">=", "500", "次")]
    [InlineData("不超过10万元", "amount", "<=", "10", "万元")]
    [InlineData("95%以上", "ratio", ">=", "95", "%")]
    [InlineData("0.5%以下", "ratio", "<=", "0.5", "%")]
    [InlineData("大于等于10%", "ratio", ">=", "10", "%")]
    [InlineData("≥1,000件", "quantity", ">=", "1000", "件")]
    public void Reads_quantities_ratios_and_amounts(string value, string kind, string op, string number, string unit)
    {
        var t = TargetValue.Parse(value);
        Assert.Equal(kind, t.Kind.ToFormatName());
        Assert.Equal(op, t.Op!.Value.ToFormat());
        Assert.Equal(number, t.Number);
        Assert.Equal(unit, t.Unit);
    }

    [Theory]
    [InlineData("≥", "800件", ">=", "800", "件")]
    [InlineData("=", "27名", "=", "27", "名")]
    [InlineData("≤", "0%", "<=", "0", "%")]
    [InlineData("≥", "覆盖63社区", ">=", "63", "社区")]
    [InlineData("≥", "90", ">=", "90", null)]
    public void Takes_the_operator_from_the_nature_column(string nature, string value, string op, string number, string? unit)
    {
        var t = TargetValue.Parse(nature, value);
        Assert.Equal(op, t.Op!.Value.ToFormat());
        Assert.Equal(number, t.Number);
        Assert.Equal(unit, t.Unit);
    }

    [Theory]
    [InlineData("12月底", 12, null)]
    [InlineData("2024年11月30日前竣工", 11, 30)]
    [InlineData("2024年12月31日前", 12, 31)]
    [InlineData("12 月底", 12, null)]
    public void Reads_deadlines(string value, int month, int? day)
    {
        var t = TargetValue.Parse(value);
        Assert.Equal(TargetKind.Deadline, t.Kind);
        Assert.Equal(month, t.Month);
        Assert.Equal(day, t.Day);
        Assert.Equal(value, t.Text);
    }

    [Theory]
    [InlineData("及时")]
    [InlineData("进一步保障")]
    [InlineData("效果显著提升")]
    [InlineData("按时完成")]
    [InlineData("2023年工作计划完成")]
    public void Keeps_words_as_qualitative(string value)
    {
        var t = TargetValue.Parse(value);
        Assert.Equal(TargetKind.Qualitative, t.Kind);
        Assert.Equal(value, t.Text);
    }

    [Theory]
    [InlineData("≥高", "第2个字符起应为数字")]
    [InlineData("≥", "应为数字")]
    [InlineData("≥1.2.3次", "无法识别")]
    public void Reports_where_an_unreadable_value_fails(string value, string messagePart)
    {
        var t = TargetValue.Parse(value);
        Assert.Equal(TargetKind.Unparsed, t.Kind);
        Assert.Contains(messagePart, t.Error);
    }

    [Fact]
    public void Empty_value_is_unparsed_with_a_message()
    {
        var t = TargetValue.Parse("  ");
        Assert.Equal(TargetKind.Unparsed, t.Kind);
        Assert.Equal("指标值为空", t.Error);
    }
}

public class TargetValueUnitAsWrittenTests
{
    [Fact]
    public void Unit_keeps_full_width_brackets_as_written()
    {
        var t = TargetValue.Parse("=", "268个村居（社区）");
        Assert.Equal("个村居（社区）", t.Unit);
        Assert.Equal("268", t.Number);
    }

    [Fact]
    public void Full_width_percent_still_becomes_a_ratio_with_unit_percent()
    {
        var t = TargetValue.Parse("≥95％");
        Assert.Equal(TargetKind.Ratio, t.Kind);
        Assert.Equal("%", t.Unit);
    }
}
