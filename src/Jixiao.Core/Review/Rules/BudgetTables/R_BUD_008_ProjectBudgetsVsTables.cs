using Jixiao.Core.Model;
using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.BudgetTables;

/// <summary>
/// R-BUD-008: the sum of the project target tables' 预算数 against 项目支出 in the 支出总表 (or the
/// 一般公共预算财政拨款支出表). Target tables may cover only some projects, so a difference is reported as
/// information, never as an error.
/// </summary>
public sealed class R_BUD_008_ProjectBudgetsVsTables : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ProjectBudgetsVsTables, RuleFamily.BudgetTables, Severity.Info,
        "项目绩效目标表预算合计与项目支出不同",
        "{0}个项目绩效目标表的预算数合计{1}{2}，“{3}”项目支出{4}{2}，相差{5}{2}（绩效目标表可能只列出部分项目，请核对是否有项目未设绩效目标）",
        RuleSources.Practice);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        if (context.Projects.Count == 0) return;
        var table = context.BudgetTables.FirstOrDefault(t => t.Kind == BudgetTableKind.Expenditure)
            ?? context.BudgetTables.FirstOrDefault(t => t.Kind == BudgetTableKind.GeneralBudgetExpenditure);
        if (table?.Unit is not { } unit) return;
        var row = table.TotalRow();
        var col = table.ColumnOf(ColumnRole.Project);
        if (row < 0 || col < 0 || table.Amount(row, col) is not { } projectSpending) return;
        decimal sum = 0;
        foreach (var p in context.Projects)
        {
            if (p.Project!.Budget.Total is not { } total || p.MoneyUnit is not { } pu) return; // a budget we cannot convert: say nothing
            sum += MoneyUnits.Convert(total.Value, pu, unit);
        }
        if (sum == projectSpending) return;
        var diff = RoundingTolerance.Format(Math.Abs(sum - projectSpending));
        context.Report(Rule, FindingLocationOf.Table(table, row, col),
            Rule.Format(context.Projects.Count, RoundingTolerance.Format(sum), table.UnitText, table.Table.Title, RoundingTolerance.Format(projectSpending), diff),
            FindingFingerprint.Content(table.Table.Title, RoundingTolerance.Format(sum), RoundingTolerance.Format(projectSpending)),
            expected: RoundingTolerance.Format(projectSpending), actual: RoundingTolerance.Format(sum));
    }
}
