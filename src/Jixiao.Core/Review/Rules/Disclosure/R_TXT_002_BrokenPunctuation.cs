using System.Text.RegularExpressions;
using Jixiao.Core.Model.Disclosure;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Disclosure;

/// <summary>
/// R-TXT-002: doubled or broken punctuation (。。 ；。 ，。), a quotation mark opened and never closed or closed and never
/// opened, and a paragraph of the explanation that ends without its full stop. Quotes are paired over the whole part
/// of the text up to the next heading, so a quote closed on the next line or page is closed; the paragraphs have
/// their line and page breaks joined already. Quotes and full stops are judged in the explanation's parts only (the
/// 绩效目标 part holds table cells). 目录 leaders (……) are not text and are never read as punctuation.
/// </summary>
public sealed partial class R_TXT_002_BrokenPunctuation : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.BrokenPunctuation, RuleFamily.Disclosure, Severity.Warning,
        "标点重复或残缺",
        "标点问题：{0}",
        RuleSources.Practice);

    public RuleDescriptor Descriptor => Rule;

    /// <summary>Parts whose paragraphs are running explanation (the 绩效目标 part holds tables and lists).</summary>
    private static readonly DisclosureSectionKind[] Explaining =
    [
        DisclosureSectionKind.Explanation, DisclosureSectionKind.ThreeCosts, DisclosureSectionKind.OfficeRunningCosts,
        DisclosureSectionKind.Procurement, DisclosureSectionKind.StateAssets,
    ];

    public void Review(ReviewContext context)
    {
        if (context.Document.Disclosure is not { } disclosure) return;
        DisclosureParagraph? openedIn = null;
        var open = 0;
        foreach (var p in disclosure.Paragraphs)
        {
            if (p.IsHeading)
            {
                if (open > 0 && openedIn is not null) Unclosed(context, openedIn);
                open = 0;
                openedIn = null;
            }
            foreach (Match m in Doubled().Matches(p.Text))
                context.Report(Rule, FindingLocationOf.Paragraph(p, Around(p.Text, m.Index)), Rule.Format($"标点重复或残缺“{m.Value}”"),
                    FindingFingerprint.Content("doubled", Around(p.Text, m.Index)), suggestion: "删去多余的标点");
            var explaining = p.Section is { } part && Array.IndexOf(Explaining, part) >= 0;
            for (var i = 0; explaining && i < p.Text.Length; i++)
            {
                var c = p.Text[i];
                if (c == '“')
                {
                    if (open == 0) openedIn = p;
                    open++;
                }
                else if (c == '”')
                {
                    if (open == 0)
                        context.Report(Rule, FindingLocationOf.Paragraph(p, Around(p.Text, i)), Rule.Format("右引号“””前没有对应的左引号"),
                            FindingFingerprint.Content("close", Around(p.Text, i)), suggestion: "补上左引号或删去多余的右引号");
                    else open--;
                }
            }
            if (!p.IsHeading && p.Section is { } section && Array.IndexOf(Explaining, section) >= 0 && EndsWithoutStop(p.Text))
                context.Report(Rule, FindingLocationOf.Paragraph(p, Tail(p.Text)), Rule.Format($"段落末尾缺少句号：“…{Tail(p.Text)}”"),
                    FindingFingerprint.Content("stop", p.Text), suggestion: "在段落末尾补上句号，或补全未写完的句子");
        }
        if (open > 0 && openedIn is not null) Unclosed(context, openedIn);
    }

    private static void Unclosed(ReviewContext context, DisclosureParagraph p)
    {
        var at = p.Text.LastIndexOf('“');
        context.Report(Rule, FindingLocationOf.Paragraph(p, Around(p.Text, Math.Max(at, 0))), Rule.Format("左引号““”之后没有对应的右引号"),
            FindingFingerprint.Content("open", p.Text), suggestion: "补上右引号");
    }

    /// <summary>A sentence (it has a comma) longer than a heading, whose last character is not a closing punctuation mark.</summary>
    private static bool EndsWithoutStop(string text)
    {
        var t = text.TrimEnd();
        if (t.Length < 15 || !(t.Contains('，') || t.Contains('。'))) return false;
        var last = t[^1];
        if (last is '。' or '！' or '？' or '：' or ':' or '；' or '…' or '!' or '?') return false;
        if (last is '”' or '）' or ')' or '」' && t.Length > 1 && t[^2] is '。' or '！' or '？') return false;
        return true;
    }

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 12);
        var end = Math.Min(text.Length, index + 12);
        return text[start..end];
    }

    private static string Tail(string text) => text.Length > 20 ? text[^20..] : text;

    [GeneratedRegex(@"[。；，、：][。；，、]|，，|。。")]
    private static partial Regex Doubled();
}
