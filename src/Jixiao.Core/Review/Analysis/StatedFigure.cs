using System.Globalization;
using Jixiao.Core.Model;

namespace Jixiao.Core.Review.Analysis;

/// <summary>
/// Compares a figure stated in the text (万元 or 元, as printed) with a table's figure (in the table's unit) at the
/// precision the text prints: the text rounds (or cuts) the table's figure to its own decimals, so a difference below
/// one unit of its last printed digit (0.01 at two decimals) is no difference. 3,121.42万元 = 31,214,205.80元;
/// 87.70万元 = 877,080.00元 (cut, not rounded); 887.36万元 ≠ 873,617.00元.
/// </summary>
public static class StatedFigure
{
    /// <summary>One unit of the last printed digit: 0.01 for "87.70", 0.1 for "11.4", 1 for "0".</summary>
    public static decimal Precision(WrittenDecimal written)
    {
        var dot = written.Text.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : written.Text.Length - dot - 1;
        var p = 1m;
        for (var i = 0; i < decimals; i++) p /= 10m;
        return p;
    }

    public static int Decimals(WrittenDecimal written)
    {
        var dot = written.Text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : written.Text.Length - dot - 1;
    }

    /// <summary>True when the stated figure agrees with the table's at the text's precision.</summary>
    public static bool Agrees(WrittenDecimal stated, MoneyUnit statedUnit, decimal tableValue, MoneyUnit tableUnit) =>
        Math.Abs(stated.Value - MoneyUnits.Convert(tableValue, tableUnit, statedUnit)) < Precision(stated);

    /// <summary>The table's figure in the text's unit, at the text's decimals (for the message's expected value).</summary>
    public static string Format(decimal tableValue, MoneyUnit tableUnit, MoneyUnit statedUnit, int decimals)
    {
        var v = MoneyUnits.Convert(tableValue, tableUnit, statedUnit);
        return Math.Round(v, Math.Max(decimals, 2), MidpointRounding.AwayFromZero).ToString("0.00##", CultureInfo.InvariantCulture) + statedUnit.ToChinese();
    }
}
