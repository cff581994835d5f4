using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Core.Review.Rules.Consistency;

/// <summary>
/// R-CON-006: a 项目编码 whose region prefix (first six digits) differs from the one most projects of the
/// document share, or whose two-digit set-up year (digits 7–8, before P) is after the fiscal year. The code
/// is otherwise opaque (DOMAIN.md); these are sanity checks only.
/// </summary>
public sealed partial class R_CON_006_ProjectCodeMismatch : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ProjectCodeMismatch, RuleFamily.Consistency, Severity.Warning,
        "项目编码与文档不符",
        "项目“{0}”的项目编码“{1}”{2}",
        RuleSources.Clause(RuleSources.Practice, "预算项目编码以行政区划代码和立项年度开头"));

    public RuleDescriptor Descriptor => Rule;

    [GeneratedRegex(@"^(\d{6})(\d{2})P")]
    private static partial Regex CodePrefix();

    public void Review(ReviewContext context)
    {
        var parsed = new List<(Analysis.IndicatorTableFacts T, string Region, int Year)>();
        foreach (var t in context.Projects)
        {
            if (t.Project!.Code is not { } code || CodePrefix().Match(code) is not { Success: true } m) continue;
            parsed.Add((t, m.Groups[1].Value, 2000 + int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
        }
        string? majority = null;
        if (parsed.Count >= 3)
        {
            var groups = parsed.GroupBy(p => p.Region).OrderByDescending(g => g.Count()).ToList();
            if (groups.Count > 1 && groups[0].Count() > groups[1].Count() && groups[0].Count() * 2 > parsed.Count) majority = groups[0].Key;
        }
        foreach (var (t, region, year) in parsed)
        {
            var code = t.Project!.Code!;
            var where = FindingLocation.ForProject(t.Index, "code", t.SourceLine);
            if (majority is not null && region != majority)
                context.Report(Rule, where, Rule.Format(t.Project.Name, code, $"的地区代码{region}与本文档其他项目（{majority}）不同"),
                    FindingFingerprint.Content(t.Key, "region", majority), suggestion: "核对项目编码是否属于本单位");
            if (context.Document.FiscalYear is { } fy && year > fy)
                context.Report(Rule, where, Rule.Format(t.Project.Name, code, $"中的立项年度{year}晚于预算年度{fy}"),
                    FindingFingerprint.Content(t.Key, "year", fy.ToString(CultureInfo.InvariantCulture)), suggestion: "核对项目编码或预算年度");
        }
    }
}
