using System.Text.RegularExpressions;
using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.LabelledTables;

/// <summary>
/// The fiscal year and money unit a document prints. 预算年度: the first title-sized line with a year followed by
/// 年度 ((2026年度), 2026 年度), else the first one with a year, 年 and 预算 (2026年烟台市司法局部门预算).
/// 单位: the first 金额单位：万元 / 单位：元 / (万元) of the document's tables.
/// </summary>
internal static partial class DocumentFacts
{
    [GeneratedRegex(@"((?:19|20)\d\d)\s*年度")]
    private static partial Regex YearOfBudget();

    [GeneratedRegex(@"((?:19|20)\d\d)\s*年")]
    private static partial Regex Year();

    [GeneratedRegex(@"单位[：:](万元|元)(?![/／])|[（(](万元|元)[）)]")]
    private static partial Regex UnitMark();

    /// <summary>Titles are short; a year inside running text (比2025年增加…) is not the budget year.</summary>
    private const int TitleLength = 40;

    public static int? FiscalYear(IReadOnlyList<SourceLine> lines)
    {
        int? fallback = null;
        foreach (var line in lines)
        {
            var t = line.Text;
            if (t.Length > TitleLength || t.Contains('\t', StringComparison.Ordinal)) continue;
            if (YearOfBudget().Match(t) is { Success: true } m) return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (fallback is null && t.Contains("预算", StringComparison.Ordinal) && Year().Match(t) is { Success: true } y)
                fallback = int.Parse(y.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        return fallback;
    }

    /// <summary>The unit stated in a cell or line, e.g. 金额单位：万元 or 项目资金（万元）.</summary>
    public static MoneyUnit? UnitIn(string text)
    {
        var m = UnitMark().Match(TextNormalizer.RemoveWhitespace(text));
        return m.Success ? MoneyUnits.FromChinese(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value) : null;
    }
}
