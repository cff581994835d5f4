using System.Text.RegularExpressions;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Goals;

/// <summary>R-GOAL-001: a project has at least one goal (绩效目标), and it says something — not only a document number or the project name.</summary>
public sealed partial class R_GOAL_001_GoalMissing : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.GoalMissing, RuleFamily.Goals, Severity.Error,
        "绩效目标缺失或无实质内容",
        "项目“{0}”{1}",
        RuleSources.Clause(RuleSources.Doc88, "第十二条 审核内容：完整性（绩效目标是否完整、明确）"),
        RuleScope.Project);

    public RuleDescriptor Descriptor => Rule;

    // 冀财政法【2021】62号, 财预〔2021〕101号, 津财行政指[2023]24号.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}A-Za-z]*[〔【\[（(]\d{4}[〕】\]）)]\d*号?")]
    private static partial Regex DocumentNumber();

    public void Review(ReviewContext context)
    {
        foreach (var p in context.Projects)
        {
            var project = p.Project!;
            var name = ReviewText.Normalize(project.Name);
            var any = false;
            var meaningful = false;
            foreach (var goal in project.Goals)
            {
                var g = ReviewText.Normalize(goal);
                if (g.Length == 0) continue;
                any = true;
                if (SaysSomething(g, name)) { meaningful = true; break; }
            }
            if (meaningful) continue;
            var detail = any ? "的绩效目标只有文件号或项目名称，没有说明年度要达到的产出和效果" : "未填写绩效目标";
            context.Report(Rule, FindingLocation.ForProject(p.Index, "goals", project.SourceLine), Rule.Format(project.Name, detail),
                FindingFingerprint.Content(p.Key, string.Join('|', project.Goals)),
                suggestion: "按“做什么、做多少、达到什么效果”写明年度绩效目标，并与绩效指标对应");
        }
    }

    private static bool SaysSomething(string goal, string projectName)
    {
        var rest = DocumentNumber().Replace(goal, "");
        if (projectName.Length > 0) rest = rest.Replace(projectName, "", StringComparison.Ordinal);
        var chinese = 0;
        foreach (var c in rest)
            if (c is >= '\u4e00' and <= '\u9fff') chinese++;
        return chinese >= 2;
    }
}
