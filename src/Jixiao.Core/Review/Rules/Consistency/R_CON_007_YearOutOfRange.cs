using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Core.Review.Analysis;
using Jixiao.Core.Values;

namespace Jixiao.Core.Review.Rules.Consistency;

/// <summary>
/// R-CON-007: a year named in a goal, an indicator or a deadline that is neither the fiscal year nor the
/// one before; or the year before used as a deadline or a thing to complete ("完成2023年度…", "2021年底前"
/// in a 2022 document), which is usually last year's text carried over. A year cited as a baseline
/// ("反映2023年度…实有人数") is fine. 指标值确定依据 is not read: a past plan is a legitimate basis.
/// </summary>
public sealed partial class R_CON_007_YearOutOfRange : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.YearOutOfRange, RuleFamily.Consistency, Severity.Info,
        "年份与预算年度不符",
        "{0}中的“{1}”与预算年度{2}年不符，可能沿用了往年内容",
        RuleSources.Practice,
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    [GeneratedRegex(@"(?<!\d)(20\d{2})年")]
    private static partial Regex Year();

    private static readonly string[] CompletionVerbs = ["完成", "实现", "建成", "竣工", "确保", "于", "在"];
    private static readonly string[] DeadlineTails = ["年底", "年末", "年内", "年前", "年12月"];

    public void Review(ReviewContext context)
    {
        if (context.Document.FiscalYear is not { } fy) return;
        foreach (var t in context.Projects)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var goal in t.Project!.Goals)
                Check(context, t, FindingLocation.ForProject(t.Index, "goals", t.SourceLine), "绩效目标", ReviewText.Normalize(goal), fy, seen, deadline: false);
            foreach (var i in t.Indicators)
            {
                var loc = FindingLocationOf.Indicator(t, i, "value");
                var isDeadline = i.Target?.Kind == TargetKind.Deadline;
                Check(context, t, loc, $"指标“{i.Indicator.Name.Trim()}”", i.Value, fy, seen, isDeadline);
                Check(context, t, FindingLocationOf.Indicator(t, i, "name"), $"指标“{i.Indicator.Name.Trim()}”", i.Name, fy, seen, deadline: false);
            }
        }
    }

    private static void Check(ReviewContext context, IndicatorTableFacts t, FindingLocation where, string what, string text, int fy, HashSet<string> seen, bool deadline)
    {
        if (text.Length < 5) return;
        foreach (Match m in Year().Matches(text))
        {
            var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (year == fy) continue;
            var stale = year > fy || year < fy - 1 || deadline || IsCompletionOrDeadline(text, m.Index, m.Length);
            if (!stale) continue;
            var phrase = Phrase(text, m.Index);
            if (!seen.Add(phrase)) continue;
            context.Report(Rule, where, Rule.Format(what, phrase, fy),
                FindingFingerprint.Content(t.Key, phrase, fy.ToString(CultureInfo.InvariantCulture)),
                suggestion: $"如为{fy}年度的目标，请改为{fy}年");
        }
    }

    private static bool IsCompletionOrDeadline(string text, int at, int length)
    {
        var before = text.AsSpan(Math.Max(0, at - 2), Math.Min(2, at));
        foreach (var v in CompletionVerbs)
            if (before.EndsWith(v, StringComparison.Ordinal)) return true;
        var after = text.AsSpan(at + length - 1);
        foreach (var tail in DeadlineTails)
            if (after.StartsWith(tail, StringComparison.Ordinal)) return true;
        return false;
    }

    private static string Phrase(string text, int at)
    {
        var start = Math.Max(0, at - 2);
        var end = Math.Min(text.Length, at + 10);
        var s = text[start..end];
        var cut = s.IndexOfAny(['，', '。', '；', '|', ',', ';']);
        return cut > at - start ? s[..cut] : s;
    }
}
