using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.BudgetTables;

/// <summary>
/// R-BUD-001: in a 收支总表 (also 财政拨款收支总表): 收入总计 = 支出总计; 本年收入合计 + 上年结转 = 收入总计;
/// and on the other side 本年支出合计 + 年终结转结余 = 支出总计. Rows are found by their labels, the amount
/// is the first figure to the label's right; a blank carry-over is 0.
/// </summary>
public sealed class R_BUD_001_SummaryTotals : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.SummaryTotals, RuleFamily.BudgetTables, Severity.Error,
        "收支总表收支不平衡",
        TableSums.Template,
        RuleSources.Clause(RuleSources.Doc143, "部门预算收支总表：收入总计与支出总计相等"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.BudgetTables)
        {
            if (t.Kind is not (BudgetTableKind.Summary or BudgetTableKind.FiscalSummary)) continue;
            var (incomeRow, incomeCol) = t.FindLabel("收入总计");
            var (spendRow, spendCol) = t.FindLabel("支出总计");
            var income = incomeRow >= 0 ? t.AmountRightOf(incomeRow, incomeCol) : null;
            var spend = spendRow >= 0 ? t.AmountRightOf(spendRow, spendCol) : null;
            if (income is { } i && spend is { } s)
                TableSums.Check(context, Rule, t, spendRow, -1, "支出总计", s, "收入总计", i, 1, "收入总计与支出总计应相等");

            var (yearIncomeRow, yearIncomeCol) = t.FindLabel("本年收入合计", "本年收入小计");
            var (carryRow, carryCol) = t.FindLabel(l => l.StartsWith("上年结转", StringComparison.Ordinal) || (l.StartsWith("年初", StringComparison.Ordinal) && l.Contains("结转", StringComparison.Ordinal)));
            if (income is { } inc && yearIncomeRow >= 0 && t.AmountRightOf(yearIncomeRow, yearIncomeCol) is { } yearIncome)
            {
                var carry = carryRow >= 0 ? t.AmountRightOf(carryRow, carryCol) ?? 0m : 0m;
                TableSums.Check(context, Rule, t, incomeRow, -1, "收入总计", inc, "本年收入合计 + 上年结转", yearIncome + carry, 2,
                    "收入总计应等于本年收入合计加上年结转结余");
            }

            var (yearSpendRow, yearSpendCol) = t.FindLabel("本年支出合计", "本年支出小计");
            var (endRow, endCol) = t.FindLabel(l => l.StartsWith("年终结转", StringComparison.Ordinal) || (l.StartsWith("年末", StringComparison.Ordinal) && l.Contains("结转", StringComparison.Ordinal)));
            if (spend is { } sp && yearSpendRow >= 0 && t.AmountRightOf(yearSpendRow, yearSpendCol) is { } yearSpend)
            {
                var end = endRow >= 0 ? t.AmountRightOf(endRow, endCol) ?? 0m : 0m;
                TableSums.Check(context, Rule, t, spendRow, -1, "支出总计", sp, "本年支出合计 + 年终结转结余", yearSpend + end, 2,
                    "支出总计应等于本年支出合计加年终结转结余");
            }
        }
    }
}
