using System.Globalization;

namespace Jixiao.Core.Model;

/// <summary>
/// A decimal figure kept exactly as the document wrote it (金额、百分比、权重), with its value.
/// The exchange format must reproduce "13.72" and "20" as printed, so the text is the source of truth
/// and the value is derived from it; money is never a binary float.
/// </summary>
public readonly record struct WrittenDecimal(string Text, decimal Value)
{
    /// <summary>Reads a figure such as "13.72", "1,234.50" or "０.５"; null when the text is not a plain number.</summary>
    public static WrittenDecimal? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().Normalize(System.Text.NormalizationForm.FormKC).Replace(",", "", StringComparison.Ordinal);
        if (t.Length == 0 || t.Length > 40) return null;
        foreach (var c in t)
            if (!(char.IsAsciiDigit(c) || c == '.' || c == '-' || c == '+')) return null;
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v)
            ? new WrittenDecimal(t, v)
            : null;
    }

    public override string ToString() => Text;
}
