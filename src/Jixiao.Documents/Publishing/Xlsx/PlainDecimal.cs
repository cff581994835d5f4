using System.Text.RegularExpressions;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// The rule for which written figures (金额、百分比、权重) become Excel number cells: digits with at most one
/// decimal point, an optional minus and no leading zero ("13.72", "20", "-0.5"). Anything else — thousands
/// separators, full-width digits, "007", "≥90%" — stays text so Excel never reinterprets what was printed.
/// </summary>
public static partial class PlainDecimal
{
    public static bool IsMatch(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")]
    private static partial Regex Pattern();
}
