using Jixiao.Core.Values;

namespace Jixiao.Core.Performance;

/// <summary>
/// Brings a target and an actual (or a progress figure) to the same unit so they can be compared: 元/千元/万元/亿元
/// and the magnitudes 万 and 亿 before a unit (350万人次 = 3,500,000 人次) are converted exactly in decimal. A bare
/// number is taken in the other side's unit; a bare magnitude (800万) is money when the other side is (finance staff
/// write 800万 for 800万元). Any other difference of unit (套 against 台) cannot be compared.
/// </summary>
public static class ComparableValues
{
    /// <summary>Both values in one unit, or false when they cannot be compared.</summary>
    public static bool TryAlign(TargetValue target, TargetValue actual, out decimal targetValue, out decimal actualValue)
    {
        targetValue = 0;
        actualValue = 0;
        if (!target.IsMeasurable || !actual.IsMeasurable) return false;
        if (target.NumericValue is not { } t || actual.NumericValue is not { } a) return false;
        var targetUnit = UnitOf(target);
        var actualUnit = UnitOf(actual);
        if (targetUnit is null || actualUnit is null)
        {
            // One side has no unit: it is read in the other's.
            targetValue = t;
            actualValue = a;
            return true;
        }
        var (tf, tb) = Split(targetUnit);
        var (af, ab) = Split(actualUnit);
        if (tb != ab && !(BareMagnitudeAgainstMoney(tf, tb, ab) || BareMagnitudeAgainstMoney(af, ab, tb))) return false;
        targetValue = t * tf;
        actualValue = a * af;
        return true;
    }

    /// <summary>The magnitude a unit carries and what is left of it: 万人次 → (10000, 人次), 万元/人 → (10000, 元/人), % → (1, %).</summary>
    public static (decimal Factor, string Base) Split(string unit)
    {
        if (unit.StartsWith("亿", StringComparison.Ordinal)) return (100_000_000m, unit[1..]);
        if (unit.StartsWith("万", StringComparison.Ordinal)) return (10_000m, unit[1..]);
        // 千 only before 元: 千克 and 千米 are units of their own.
        if (unit.StartsWith("千元", StringComparison.Ordinal)) return (1_000m, unit[1..]);
        return (1m, unit);
    }

    private static string? UnitOf(TargetValue value) => value.Kind == TargetKind.Ratio ? "%" : string.IsNullOrEmpty(value.Unit) ? null : value.Unit;

    private static bool BareMagnitudeAgainstMoney(decimal factor, string bareBase, string otherBase) =>
        factor != 1m && bareBase.Length == 0 && otherBase == "元";
}
