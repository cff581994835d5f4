using System.Globalization;
using Jixiao.Core.Model;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.Consistency;

/// <summary>
/// R-CON-008（Jixiao 自设，实践）: the same project printed twice in one document — same budget unit, same name
/// (normalized) and the same 资金总额 in 元. A project name alone is not enough: two units of a department may
/// each carry a project of the same name, and a project may be split into two lines with different amounts. A
/// repeated table counts the project's money twice in every total a reader adds up, so it is worth a warning.
/// </summary>
public sealed class R_CON_008_ProjectRepeated : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ProjectRepeated, RuleFamily.Consistency, Severity.Warning,
        "项目重复",
        "项目“{0}”（资金总额{1}）重复出现，与第{2}个项目的单位、名称和金额都相同",
        RuleSources.Clause(RuleSources.Practice, "同一项目在一份文档中只应列示一次"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        var seen = new Dictionary<(string Unit, string Name, decimal Yuan), int>();
        foreach (var t in context.Projects)
        {
            var p = t.Project!;
            var name = ReviewText.Normalize(p.Name);
            if (name.Length == 0 || t.BudgetInYuan is not { } yuan) continue;
            var unit = ReviewText.Normalize(p.Unit?.Name ?? p.Unit?.Code ?? "");
            var key = (unit, name, yuan);
            if (!seen.TryGetValue(key, out var first))
            {
                seen[key] = t.Index;
                continue;
            }
            var total = p.Budget.Total!.Value.Text + (t.MoneyUnit is { } u ? u.ToChinese() : "");
            context.Report(Rule, FindingLocation.ForProject(t.Index, "name", t.SourceLine),
                Rule.Format(p.Name.Trim(), total, first.ToString(CultureInfo.InvariantCulture)),
                FindingFingerprint.Content(unit, name, yuan.ToString(CultureInfo.InvariantCulture)),
                suggestion: "删除重复的项目表；若有意在两个章节重复列示，可接受此提示；若确为两个项目，请在名称中加以区分");
        }
    }
}
