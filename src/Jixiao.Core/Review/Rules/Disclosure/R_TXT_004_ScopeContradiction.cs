using System.Text.RegularExpressions;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Disclosure;

/// <summary>
/// R-TXT-004: a unit budget (单位预算, by its own title) that speaks of its 部门预算 (“2024年部门预算安排…”, “本部门预算”),
/// or a department budget that calls itself a 单位预算: text copied from the other kind of document. The 科目 family
/// 部门预算经济分类 and the words 预算单位 are not such mentions.
/// </summary>
public sealed partial class R_TXT_004_ScopeContradiction : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ScopeContradiction, RuleFamily.Disclosure, Severity.Warning,
        "部门预算与单位预算混用",
        "本文档是{0}，文中却写作“{1}”",
        RuleSources.Practice);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        if (context.Document.Disclosure is not { Scope: not DisclosureScope.Unknown } disclosure) return;
        var regex = disclosure.Scope == DisclosureScope.Unit ? DepartmentWords() : UnitWords();
        var own = disclosure.Scope == DisclosureScope.Unit ? "单位预算" : "部门预算";
        foreach (var p in disclosure.Paragraphs)
        {
            if (p.FirstLine == disclosure.TitleLine) continue;
            foreach (Match m in regex.Matches(p.Text))
                context.Report(Rule, FindingLocationOf.Paragraph(p, m.Value), Rule.Format(own, m.Value),
                    FindingFingerprint.Content(own, m.Value, p.Text), suggestion: $"改为“{own}”");
        }
    }

    [GeneratedRegex(@"(\d{4}\s*年(度)?|本)部门预算(?!经济分类|单位)")]
    private static partial Regex DepartmentWords();

    [GeneratedRegex(@"(\d{4}\s*年(度)?|本)单位预算(?!经济分类)")]
    private static partial Regex UnitWords();
}
