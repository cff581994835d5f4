using System.Globalization;

namespace Jixiao.Core.Model.PrintedEvaluation;

/// <summary>
/// 印出的数字：只有整格就是一个数（可带千分位逗号、末尾的“分”或“%”）才算读准了，并记下印出的小数位数——
/// 审核规则只在读得准时下结论，按印出的精度比较。
/// </summary>
public readonly record struct PrintedNumber(decimal Value, int Decimals)
{
    /// <summary>一格只有数字时读出它；有别的字（“约90”“90以上”）或为空时为 null。</summary>
    public static PrintedNumber? Parse(string? text)
    {
        if (text is null) return null;
        var s = text.Trim().Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        if (s.EndsWith('分') || s.EndsWith('%') || s.EndsWith('％')) s = s[..^1].TrimEnd();
        if (s.Length == 0 || s.Length > 20) return null;
        foreach (var ch in s)
            if (!(char.IsAsciiDigit(ch) || ch is '.' or '-')) return null;
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            return null;
        var dot = s.IndexOf('.', StringComparison.Ordinal);
        return new PrintedNumber(value, dot < 0 ? 0 : s.Length - dot - 1);
    }

    /// <summary>空格，或只印了横线、斜线、“无”之类占位的格。</summary>
    public static bool IsPlaceholder(string? text)
    {
        var s = text?.Trim() ?? "";
        return s.Length == 0 || s is "-" or "—" or "——" or "/" or "／" or "无" or "－";
    }

    /// <summary>按这个数印出的精度四舍五入（远离零）另一个数。</summary>
    public decimal AtPrintedPrecision(decimal other) => Math.Round(other, Math.Min(Decimals, 10), MidpointRounding.AwayFromZero);

    /// <summary>印出精度的一个单位（两位小数为 0.01，整数为 1）。</summary>
    public decimal Unit => Decimals == 0 ? 1m : 1m / (decimal)Math.Pow(10, Decimals);
}
