using Jixiao.Core.Model;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Fixes;

/// <summary>
/// The exact fix of a comparison written the wrong way round (R-VAL-005): the operator symbol replaced by the one the
/// measure's meaning asks for, in the one place the indicator writes it. Only a symbol is replaced (≥ ≧ ⩾ &gt;= &gt;,
/// ≤ ≦ ⩽ &lt;= &lt;); a word (不低于, 以上) or an operator written both in 指标性质 and in 指标值 gets no fix, because
/// the replacement would no longer be the only sensible one.
/// </summary>
public static class OperatorFix
{
    private static readonly string[] Symbols = [">=", "<=", "≥", "≧", "⩾", "≤", "≦", "⩽", ">", "<"];

    /// <summary>The fix that makes <paramref name="indicator"/> state <paramref name="wanted"/>, or null when there is no exact one.</summary>
    public static FindingFix? For(Indicator indicator, ComparisonOperator wanted)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var symbol = wanted.ToSymbol();
        if (symbol.Length == 0) return null;
        var value = indicator.Value ?? "";
        var trimmed = value.TrimStart();
        var inValue = Leading(trimmed);
        var nature = indicator.Nature?.Trim();
        var natureSymbol = nature is { Length: > 0 } ? Array.Find(Symbols, s => s == nature) : null;
        // 指标性质 may hold words that state no comparison (正向指标): then the value alone carries the operator.
        if (inValue is not null && TargetValueParser.ParseNature(nature) is null)
            return new FindingFix(indicator.Key, FindingFix.ValueField, value, symbol + trimmed[inValue.Length..]);
        if (inValue is null && natureSymbol is not null)
            return new FindingFix(indicator.Key, FindingFix.NatureField, indicator.Nature!, symbol);
        return null;
    }

    private static string? Leading(string text) => Array.Find(Symbols, s => text.StartsWith(s, StringComparison.Ordinal));
}
