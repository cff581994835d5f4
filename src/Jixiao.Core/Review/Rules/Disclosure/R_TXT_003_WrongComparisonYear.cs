using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Disclosure;

/// <summary>
/// R-TXT-003: the comparison year is wrong. A budget for year Y compares with Y−1: “比2026年预算” in a 2026 budget, or
/// “比2023年预算” in it, was copied from another year's text. Only comparisons (比 / 较 / 与 … a year's 预算, 预算数,
/// 执行数 or 决算) are judged, never a year named for another reason (截至2025年12月31日).
/// </summary>
public sealed partial class R_TXT_003_WrongComparisonYear : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.WrongComparisonYear, RuleFamily.Disclosure, Severity.Error,
        "比较年度有误",
        "{0}年预算应与{1}年比较，文中写作“{2}”",
        RuleSources.Practice);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        if (context.Document.Disclosure is not { } disclosure || context.Document.FiscalYear is not { } fy) return;
        foreach (var p in disclosure.Paragraphs)
            foreach (Match m in Comparison().Matches(p.Text))
            {
                var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
                if (year == fy - 1) continue;
                context.Report(Rule, FindingLocationOf.Paragraph(p, m.Value), Rule.Format(fy, fy - 1, m.Value),
                    FindingFingerprint.Content(m.Value, p.Text), expected: (fy - 1).ToString(CultureInfo.InvariantCulture) + "年",
                    actual: m.Groups["year"].Value + "年", suggestion: $"改为与{fy - 1}年比较");
            }
    }

    [GeneratedRegex(@"(比|较|与)\s*(?<year>\d{4})\s*年\s*(当年)?\s*(预算|决算|执行)")]
    private static partial Regex Comparison();
}
