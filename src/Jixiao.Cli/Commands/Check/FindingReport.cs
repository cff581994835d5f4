using Jixiao.Core.Model;
using Jixiao.Core.Review;

namespace Jixiao.Cli.Commands.Check;

/// <summary>Prints findings grouped by project (then the overall target, the budget tables), and a one-line summary.</summary>
internal static class FindingReport
{
    public static void Write(TargetDocument d, IReadOnlyList<Finding> findings, TextWriter o)
    {
        foreach (var group in findings.GroupBy(f => GroupTitle(d, f)))
        {
            o.WriteLine(group.Key);
            foreach (var f in group)
            {
                var line = f.Where.SourceLine > 0 ? $"，源文件第 {f.Where.SourceLine} 行" : "";
                var accepted = f.Accepted is null ? "" : "［已接受］";
                o.WriteLine($"  {f.Severity.ToChinese()} {f.RuleId}{accepted} {f.Where}{line}：{f.Message}");
                if (f.Expected is not null || f.Actual is not null)
                    o.WriteLine($"      应为：{f.Expected ?? "—"}；实为：{f.Actual ?? "—"}");
                o.WriteLine($"      依据：{f.Basis}");
                if (f.Suggestion is not null) o.WriteLine($"      建议：{f.Suggestion}");
                if (f.Accepted is { } a) o.WriteLine($"      接受理由：{a.Reason}（{a.AcceptedBy}，{a.AcceptedAt:yyyy-MM-dd}）");
                o.WriteLine($"      指纹：{f.Fingerprint}");
            }
        }
        var open = findings.Where(f => !f.IsAccepted).ToList();
        o.WriteLine(
            $"审核完成：错误 {open.Count(f => f.Severity == Severity.Error)} 条，警告 {open.Count(f => f.Severity == Severity.Warning)} 条，" +
            $"提示 {open.Count(f => f.Severity == Severity.Info)} 条" + (findings.Count > open.Count ? $"，已接受 {findings.Count - open.Count} 条" : "") + "。");
    }

    /// <summary>The group a finding is printed under; the engine already returns findings in document order.</summary>
    private static string GroupTitle(TargetDocument d, Finding f)
    {
        var l = f.Where;
        if (l.Table is not null) return $"【预算公开表】{l.Table}";
        return l.Project switch
        {
            null => "【文档】",
            0 => "【部门整体绩效目标】",
            var p => $"【项目 {p}】{(p <= d.Projects.Count ? d.Projects[p.Value - 1].Name : "")}",
        };
    }
}
