using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Disclosure;

/// <summary>
/// R-DOC-002: a table printed twice (the same title and the same rows again; a table continued over pages is one
/// table), or a blank page inside the document (PDF sources, where pages are known). A table printed twice is located
/// on the second printing's title line; a blank page, which has no line, by its page.
/// </summary>
public sealed class R_DOC_002_PrintedTwiceOrBlankPage : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.PrintedTwiceOrBlankPage, RuleFamily.Disclosure, Severity.Warning,
        "表格重复或空白页",
        "版面问题：{0}",
        RuleSources.Practice);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        var seen = new Dictionary<string, BudgetTableView>(StringComparer.Ordinal);
        foreach (var t in context.BudgetTables)
        {
            var key = t.Title + "\u001f" + string.Join('\u001e', t.Cells.Select(r => string.Join('\u001d', r)));
            if (t.RowCount > 0 && seen.TryGetValue(key, out var first))
                context.Report(Rule, FindingLocationOf.Table(t), Rule.Format($"“{t.Table.Title}”重复印出（与源文件第{first.SourceLine}行的表相同）"),
                    FindingFingerprint.Content("twice", t.Title), suggestion: "删去重复的表");
            else seen.TryAdd(key, t);
        }
        if (context.Document.Disclosure is not { } disclosure) return;
        foreach (var page in disclosure.BlankPages)
            context.Report(Rule, FindingLocation.ForPage(page), Rule.Format($"第{page}页是空白页"),
                FindingFingerprint.Content("blank", page.ToString(System.Globalization.CultureInfo.InvariantCulture)), suggestion: "删去空白页，或注明“此页无正文”");
    }
}
