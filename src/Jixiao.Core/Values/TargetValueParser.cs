using System.Text;

namespace Jixiao.Core.Values;

/// <summary>
/// Reads an indicator value (指标值) under the conventions of FORMAT.md. Never throws: a value that
/// looks like a quantity but cannot be read comes back as <see cref="TargetKind.Unparsed"/> with a
/// Chinese message, so bulk parsing of a whole document is cheap.
/// </summary>
public static class TargetValueParser
{
    // Word operators before the number, longest first so 大于等于 wins over 大于.
    private static readonly (string Word, ComparisonOperator Op)[] PrefixWords =
    [
        ("大于等于", ComparisonOperator.AtLeast), ("大于或等于", ComparisonOperator.AtLeast),
        ("小于等于", ComparisonOperator.AtMost), ("小于或等于", ComparisonOperator.AtMost),
        ("不低于", ComparisonOperator.AtLeast), ("不少于", ComparisonOperator.AtLeast), ("不小于", ComparisonOperator.AtLeast),
        ("不超过", ComparisonOperator.AtMost), ("不高于", ComparisonOperator.AtMost), ("不多于", ComparisonOperator.AtMost),
        ("不大于", ComparisonOperator.AtMost), ("控制在", ComparisonOperator.AtMost),
        ("大于", ComparisonOperator.GreaterThan), ("高于", ComparisonOperator.GreaterThan), ("多于", ComparisonOperator.GreaterThan),
        ("小于", ComparisonOperator.LessThan), ("低于", ComparisonOperator.LessThan), ("少于", ComparisonOperator.LessThan),
        ("等于", ComparisonOperator.Equal),
        (">=", ComparisonOperator.AtLeast), ("<=", ComparisonOperator.AtMost),
        ("≥", ComparisonOperator.AtLeast), ("≧", ComparisonOperator.AtLeast), ("⩾", ComparisonOperator.AtLeast),
        ("≤", ComparisonOperator.AtMost), ("≦", ComparisonOperator.AtMost), ("⩽", ComparisonOperator.AtMost),
        (">", ComparisonOperator.GreaterThan), ("<", ComparisonOperator.LessThan), ("=", ComparisonOperator.Equal),
    ];

    // Verbs that sometimes lead a number without changing its meaning (覆盖63社区, 达到95%).
    private static readonly string[] LeadingVerbs = ["达到", "达", "覆盖", "完成", "实现"];

    private static readonly (string Word, ComparisonOperator Op)[] SuffixWords =
    [
        ("及以上", ComparisonOperator.AtLeast), ("以上", ComparisonOperator.AtLeast),
        ("及以下", ComparisonOperator.AtMost), ("以下", ComparisonOperator.AtMost),
        ("以内", ComparisonOperator.AtMost), ("之内", ComparisonOperator.AtMost), ("内", ComparisonOperator.AtMost),
    ];

    private static readonly string[] PercentSpellings = ["%", "百分率", "百分比", "百分点"];

    /// <summary>Parses a value, with the operator column (指标性质) when the layout has one.</summary>
    public static TargetValue Parse(string? nature, string value)
    {
        var text = Normalize(value);
        var natureOp = ParseNature(nature);
        if (text.Length == 0)
            return new TargetValue { Kind = TargetKind.Unparsed, Text = value, Error = "指标值为空" };

        if (TryDeadline(text, value.Trim(), out var deadline)) return deadline;

        var pos = 0;
        ComparisonOperator? op = null;
        foreach (var (word, o) in PrefixWords)
        {
            if (text.AsSpan(pos).StartsWith(word, StringComparison.Ordinal)) { op = o; pos += word.Length; break; }
        }
        var afterOp = pos;
        foreach (var verb in LeadingVerbs)
        {
            if (text.AsSpan(pos).StartsWith(verb, StringComparison.Ordinal) && pos + verb.Length < text.Length && IsNumberStart(text[pos + verb.Length]))
            { pos += verb.Length; break; }
        }

        var numStart = pos;
        var sawDigit = false;
        while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] == '.' || text[pos] == ','))
        {
            sawDigit |= char.IsAsciiDigit(text[pos]);
            pos++;
        }
        if (!sawDigit)
        {
            if (op is not null || afterOp > 0)
                return Unparsed(value, $"第{afterOp + 1}个字符起应为数字，实为“{Tail(text, afterOp)}”");
            return new TargetValue { Kind = TargetKind.Qualitative, Text = value.Trim() };
        }
        var number = text[numStart..pos].Replace(",", "", StringComparison.Ordinal).TrimEnd('.');
        if (number.StartsWith('.') || number.Count(c => c == '.') > 1)
            return Unparsed(value, $"第{numStart + 1}个字符起的数字“{number}”无法识别");

        var unit = text[pos..];
        // "2023年工作计划完成": a calendar year opening prose, not a count of years.
        if (op is null && number.Length == 4 && unit.StartsWith('年') && unit.Length > 1 && number[0] is '1' or '2')
            return new TargetValue { Kind = TargetKind.Qualitative, Text = value.Trim() };
        // A trailing word operator (95%以上, 10万元以内) — only when no leading operator was given.
        foreach (var (word, o) in SuffixWords)
        {
            if (unit.EndsWith(word, StringComparison.Ordinal) && (word != "内" || unit.StartsWith("控制", StringComparison.Ordinal) || op == ComparisonOperator.AtMost))
            {
                unit = unit[..^word.Length];
                op ??= o;
                break;
            }
        }
        if (unit.Length > 0 && (char.IsAsciiDigit(unit[0]) || unit.Contains('≥') || unit.Contains('≤')))
            return Unparsed(value, $"第{pos + 1}个字符起“{unit}”不是单位");
        // A value whose "unit" is a whole sentence is prose that happens to start with a number
        // (如 "2023年度工作…"); keep it as words rather than inventing a unit.
        if (unit.Length > 12 || unit.IndexOfAny(['，', '。', ',', '；']) >= 0)
        {
            if (op is null) return new TargetValue { Kind = TargetKind.Qualitative, Text = value.Trim() };
            return Unparsed(value, $"单位“{unit}”过长，无法识别为计量单位");
        }

        op ??= natureOp ?? ComparisonOperator.Equal;
        if (natureOp is not null && natureOp != op && afterOp > 0)
            return Unparsed(value, $"指标性质“{nature}”与指标值中的运算符矛盾");

        foreach (var p in PercentSpellings)
        {
            if (unit == p)
                return new TargetValue { Kind = TargetKind.Ratio, Op = op, Number = number, Unit = "%" };
        }
        var kind = IsMoneyUnit(unit) ? TargetKind.Amount : TargetKind.Quantity;
        return new TargetValue { Kind = kind, Op = op, Number = number, Unit = unit.Length == 0 ? null : AsWritten(value, text, pos, unit) };
    }

    /// <summary>Reads an 指标性质 cell (≥ ≤ = …, or words such as 正向/反向 which carry no comparison).</summary>
    public static ComparisonOperator? ParseNature(string? nature)
    {
        if (string.IsNullOrWhiteSpace(nature)) return null;
        var t = Normalize(nature);
        foreach (var (word, o) in PrefixWords)
            if (t == word) return o;
        return null;
    }

    /// <summary>元, 万元 and rates of them (元/人, 万元/年) are money; a bare 万 is a magnitude and stays a quantity.</summary>
    public static bool IsMoneyUnit(string unit) =>
        unit.Length > 0 && (unit.StartsWith('元') || unit.StartsWith("万元", StringComparison.Ordinal)
            || unit.StartsWith("亿元", StringComparison.Ordinal) || unit.StartsWith("千元", StringComparison.Ordinal));

    /// <summary>NFKC (full-width ％ ＞ and Kangxi radicals), whitespace removed.</summary>
    internal static string Normalize(string? value) =>
        string.IsNullOrEmpty(value) ? "" : RemoveWhitespace(value.Normalize(NormalizationForm.FormKC));

    private static bool IsNumberStart(char c) => char.IsAsciiDigit(c);

    /// <summary>
    /// The unit as the document wrote it: NFKC is only for recognising operators and numbers, and would turn
    /// （社区） into (社区). When normalisation kept the length (the usual full-width → half-width case), the same
    /// span of the written value (whitespace removed) is returned.
    /// </summary>
    private static string AsWritten(string value, string normalized, int start, string unit)
    {
        var raw = RemoveWhitespace(value);
        return raw.Length == normalized.Length ? raw.Substring(start, unit.Length) : unit;
    }

    private static string RemoveWhitespace(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    private static string Tail(string text, int pos) => pos < text.Length ? text[pos..] : "（空）";

    private static TargetValue Unparsed(string value, string error) =>
        new() { Kind = TargetKind.Unparsed, Text = value.Trim(), Error = error };

    /// <summary>
    /// 12月底, 12月31日前, 2024年11月30日前竣工, 2024年12月: a month (and maybe a day) with an optional year,
    /// optionally followed by words (前, 之前, 完成, 竣工). A bare year ("2024年") is not a deadline.
    /// </summary>
    private static bool TryDeadline(string text, string written, out TargetValue result)
    {
        result = null!;
        var pos = 0;
        // optional leading 于/在/截至/≤
        foreach (var lead in new[] { "截至", "截止", "于", "在", "≤", "<=" })
            if (text.AsSpan(pos).StartsWith(lead, StringComparison.Ordinal)) { pos += lead.Length; break; }
        if (!ReadInt(text, ref pos, 4, out var year, out var yearDigits) ) return false;
        int month;
        if (pos < text.Length && text[pos] == '年' && yearDigits == 4)
        {
            pos++;
            if (!ReadInt(text, ref pos, 2, out month, out _)) return false;
        }
        else
        {
            if (yearDigits > 2) return false;
            month = year;
            year = 0;
        }
        if (pos >= text.Length || text[pos] != '月' || month is < 1 or > 12) return false;
        pos++;
        int? day = null;
        var save = pos;
        if (ReadInt(text, ref pos, 2, out var d, out _) && pos < text.Length && (text[pos] == '日' || text[pos] == '号') && d is >= 1 and <= 31)
        {
            day = d;
            pos++;
        }
        else pos = save;
        var rest = text[pos..];
        if (rest.Length > 16 || rest.Any(char.IsAsciiDigit)) return false;
        _ = year;
        result = new TargetValue { Kind = TargetKind.Deadline, Text = written, Month = month, Day = day };
        return true;
    }

    private static bool ReadInt(string text, ref int pos, int maxDigits, out int value, out int digits)
    {
        value = 0; digits = 0;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]) && digits < maxDigits)
        {
            value = value * 10 + (text[pos] - '0');
            pos++; digits++;
        }
        return digits > 0 && !(pos < text.Length && char.IsAsciiDigit(text[pos]));
    }
}
