using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Disclosure;

/// <summary>
/// R-DOC-003: text the file holds but a reader of the printed page cannot see (placed outside the page's visible area
/// or clipped), so part of a paragraph is missing from the page — typically a tall spreadsheet cell printed over two
/// pages. One finding per page, quoting the hidden text.
/// </summary>
public sealed class R_DOC_003_TextNotVisible : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.TextNotVisible, RuleFamily.Disclosure, Severity.Warning,
        "文字在打印页上不可见",
        "第{0}页有文字位于页面可见区域之外，读者看不到：{1}",
        RuleSources.Practice);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        if (context.Document.Disclosure is not { } disclosure) return;
        foreach (var page in disclosure.Hidden.GroupBy(h => h.Page))
        {
            var lines = page.OrderBy(h => h.SourceLine).ToList();
            var quote = string.Concat(lines.Select(h => h.Text));
            var shown = quote.Length > 60 ? quote[..60] + "…" : quote;
            context.Report(Rule, FindingLocation.ForText(lines[0].SourceLine, lines[^1].SourceLine, quote, "hidden"), Rule.Format(page.Key, shown),
                FindingFingerprint.Content("hidden", quote), suggestion: "调整版面（行高、分页），使全部文字显示在页面内");
        }
    }
}
