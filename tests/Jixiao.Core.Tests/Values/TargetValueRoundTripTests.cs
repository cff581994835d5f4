using CsCheck;
using Jixiao.Core.Values;

namespace Jixiao.Core.Tests.Values;

/// <summary>Property: printing a parsed target and parsing the print gives the same target.</summary>
public class TargetValueRoundTripTests
{
    private static readonly string[] Units = ["%", "万元", "元", "元/人", "万元/年", "套", "次", "件", "万人次", "个工作日", "人", "份", "名", "个村居(社区)", "万"];
    private static readonly string[] Words = ["及时", "进一步保障", "效果显著", "有效保障", "按时完成", "持续提升", "显著提高"];

    private static readonly Gen<string> Number =
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[0, 2], Gen.Int[0, 99], (i, places, frac) =>
            places == 0 ? i.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        : $"{i}.{frac.ToString(places == 1 ? "0" : "00", System.Globalization.CultureInfo.InvariantCulture)[..places]}");

    private static readonly Gen<TargetValue> Measured =
        Gen.Select(Gen.Enum<ComparisonOperator>(), Number, Gen.OneOf(Units), (op, n, unit) =>
        {
            var kind = unit == "%" ? TargetKind.Ratio : TargetValueParser.IsMoneyUnit(unit) ? TargetKind.Amount : TargetKind.Quantity;
            return new TargetValue { Kind = kind, Op = op, Number = n, Unit = unit };
        });

    private static readonly Gen<TargetValue> Deadline =
        Gen.Select(Gen.Int[2020, 2030], Gen.Int[1, 12], Gen.Int[0, 28], Gen.Bool, (y, m, d, withYear) =>
        {
            var text = (withYear ? $"{y}年" : "") + $"{m}月" + (d == 0 ? "底" : $"{d}日前");
            return new TargetValue { Kind = TargetKind.Deadline, Text = text, Month = m, Day = d == 0 ? null : d };
        });

    private static readonly Gen<TargetValue> Qualitative =
        Gen.OneOf(Words).Select(w => new TargetValue { Kind = TargetKind.Qualitative, Text = w });

    [Fact]
    public void Format_then_parse_gives_the_same_target() =>
        Gen.OneOf(Measured, Deadline, Qualitative).Sample(t =>
        {
            var again = TargetValue.Parse(t.ToString());
            Assert.Equal(t, again);
        }, iter: 5000);

    [Fact]
    public void Parse_then_format_then_parse_is_stable_for_seed_spellings()
    {
        foreach (var value in new[] { "≥7000 次", "不低于500次", "95%以上", "≥80百分率", "≤13.72万元", "12月底", "进一步保障" })
        {
            var once = TargetValue.Parse(value);
            Assert.Equal(once, TargetValue.Parse(once.ToString()));
        }
    }
}
