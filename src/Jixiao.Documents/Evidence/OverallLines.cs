using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Evidence;

/// <summary>
/// Finds the line of a 部门整体绩效目标 finding when the layout reader did not keep it (the model's heading and funds
/// lines are 0): the 分项绩效目标 / 工作保障措施 / 总体绩效目标 heading by what it says (the same classification the prose
/// reader uses, 目录 entries skipped), or the row that prints the funds figures as written. Only lines above the first
/// project count, because the department-wide target comes before the project tables; of several, the last one is
/// taken, since a 目录 listing the same headings comes first.
/// </summary>
internal static class OverallLines
{
    public static int Find(TargetDocument document, SourceText source, string? field)
    {
        var limit = document.Projects.Select(p => p.SourceLine).Where(l => l > 0).DefaultIfEmpty(int.MaxValue).Min();
        return field switch
        {
            "goals" => Heading(source, OverallHeadingKind.Goals, limit),
            "subGoals" => Heading(source, OverallHeadingKind.SubGoals, limit),
            "measures" => Heading(source, OverallHeadingKind.Measures, limit),
            "funds" when document.Overall?.Funds is { } funds => FundsRow(source, funds, limit),
            _ => 0,
        };
    }

    private static int Heading(SourceText source, OverallHeadingKind kind, int limit)
    {
        var found = 0;
        foreach (var line in source.Lines)
        {
            if (line.Number >= limit) break;
            if (line.IsBlank || line.Text.Length > 200 || TableOfContentsLine.Is(line.Text)) continue;
            if (OverallHeading.Classify(ProseLine.From(line)) == kind) found = line.Number;
        }
        return found;
    }

    /// <summary>The first line holding 总额, 基本支出 and 项目支出 as written, in that order (whitespace ignored).</summary>
    private static int FundsRow(SourceText source, OverallFunds funds, int limit)
    {
        string[] figures = [.. new[] { funds.Total, funds.Basic, funds.Project }.Where(f => f.HasValue).Select(f => f!.Value.Text)];
        if (figures.Length == 0) return 0;
        foreach (var line in source.Lines)
        {
            if (line.Number >= limit) break;
            var text = TextNormalizer.RemoveWhitespace(line.Text);
            var at = 0;
            var all = true;
            foreach (var figure in figures)
            {
                var i = text.IndexOf(figure, at, StringComparison.Ordinal);
                if (i < 0) { all = false; break; }
                at = i + figure.Length;
            }
            if (all) return line.Number;
        }
        return 0;
    }
}
