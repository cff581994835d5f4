using Jixiao.Core.Model;
using Jixiao.Core.Review;
using Jixiao.Documents.Evidence;
using Jixiao.Core.Values;

namespace Jixiao.Cli.Commands.Check;

/// <summary>
/// Prints findings grouped by where they are — each project, the department-wide target, each 预算公开表, each part of
/// the disclosure's text (by its heading) — with page and quoted text, then a one-line summary.
/// </summary>
internal static class FindingReport
{
    /// <summary>Quotes longer than this are cut in the printed report (the CSV and JSON keep them whole).</summary>
    private const int QuoteLength = 80;

    public static void Write(TargetDocument d, IReadOnlyList<LocatedFinding> located, TextWriter o)
    {
        foreach (var group in located.GroupBy(l => GroupTitle(d, l.Finding)))
        {
            o.WriteLine(group.Key);
            foreach (var (_, f, evidence) in group)
            {
                var place = (evidence.Page is int page ? $"，第 {page} 页" : "") + (f.Where.SourceLine > 0 ? $"，源文件第 {f.Where.SourceLine} 行" : "");
                var accepted = f.Accepted is null ? "" : "［已接受］";
                o.WriteLine($"  {f.Severity.ToChinese()} {f.RuleId}{accepted} {f.Where}{place}：{f.Message}");
                if (evidence.Quote is { Length: > 0 } quote)
                    o.WriteLine($"      原文：“{(quote.Length > QuoteLength ? quote[..QuoteLength] + "……" : quote)}”");
                if (f.Expected is not null || f.Actual is not null)
                    o.WriteLine($"      应为：{f.Expected ?? "—"}；实为：{f.Actual ?? "—"}");
                o.WriteLine($"      依据：{f.Basis}");
                if (f.Suggestion is not null) o.WriteLine($"      建议：{f.Suggestion}");
                if (f.Accepted is { } a) o.WriteLine($"      接受理由：{a.Reason}（{a.AcceptedBy}，{ChineseDates.Date(a.AcceptedAt)}）");
                o.WriteLine($"      指纹：{f.Fingerprint}");
            }
        }
        var open = located.Select(l => l.Finding).Where(f => !f.IsAccepted).ToList();
        o.WriteLine(
            $"审核完成：错误 {open.Count(f => f.Severity == Severity.Error)} 条，警告 {open.Count(f => f.Severity == Severity.Warning)} 条，" +
            $"提示 {open.Count(f => f.Severity == Severity.Info)} 条" + (located.Count > open.Count ? $"，已接受 {located.Count - open.Count} 条" : "") + "。");
    }

    /// <summary>The group a finding is printed under; the engine already returns findings in document order.</summary>
    private static string GroupTitle(TargetDocument d, Finding f)
    {
        var l = f.Where;
        if (l.Table is not null) return $"【预算公开表】{l.Table}";
        if (l.Project is null && l.SourceLine > 0 && d.Disclosure is { } text)
        {
            var section = text.Sections.LastOrDefault(s => s.SourceLine > 0 && s.SourceLine <= l.SourceLine);
            return section is null ? "【说明文字】" : $"【说明文字】{section.Heading}";
        }
        return l.Project switch
        {
            null => "【文档】",
            0 => "【部门整体绩效目标】",
            var p => $"【项目 {p}】{(p <= d.Projects.Count ? d.Projects[p.Value - 1].Name : "")}",
        };
    }
}
