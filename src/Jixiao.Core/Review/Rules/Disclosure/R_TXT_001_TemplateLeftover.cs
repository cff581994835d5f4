using System.Text.RegularExpressions;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Disclosure;

/// <summary>
/// R-TXT-001: template leftovers and placeholders in the text: XX / ×× where a name or figure belongs, 增加（减少）
/// left as the template wrote it, a reason announced and not given (主要原因是。), a bracketed instruction to the filer
/// (（单位名称）, （增加内容）, （请填写…）).
/// </summary>
public sealed partial class R_TXT_001_TemplateLeftover : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.TemplateLeftover, RuleFamily.Disclosure, Severity.Error,
        "模板遗留或占位文字",
        "说明文字中有模板遗留或占位文字“{0}”",
        RuleSources.Practice);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        if (context.Document.Disclosure is not { } disclosure) return;
        foreach (var p in disclosure.Paragraphs)
            foreach (Match m in Leftover().Matches(p.Text))
                context.Report(Rule, FindingLocationOf.Paragraph(p, Around(p.Text, m)), Rule.Format(m.Value),
                    FindingFingerprint.Content(m.Value, Around(p.Text, m)), suggestion: "按实际情况填写，删去模板文字");
    }

    private static string Around(string text, Match m)
    {
        var start = Math.Max(0, m.Index - 15);
        var end = Math.Min(text.Length, m.Index + m.Length + 15);
        return text[start..end];
    }

    [GeneratedRegex(@"(?<![A-Za-z])(XX+|ＸＸ+|xx+|××+|＊＊+)(?![A-Za-z])|增加[（(]减少[)）]|增长[（(]下降[)）]|减少[（(]增加[)）]|(主要)?原因(是|为)[：:]?\s*[。；]|[（(](单位名称|部门名称|增加内容|此处[^）)]{0,10}|请[^）)]{0,12}|填写[^）)]{0,10})[)）]")]
    private static partial Regex Leftover();
}
