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
                // Every balancing row printed between 本年收入合计 and 收入总计 is added, by its place and whatever its name
                // (上年结转, 上级补助收入, 上年结余、结转, 上年实户资金余额, 使用非财政拨款结余).
                var (balancing, names) = Balancing(t, yearIncomeRow, incomeRow, yearIncomeCol);
                if (balancing.Count == 0 && carryRow >= 0)
                {
                    balancing.Add(t.AmountRightOf(carryRow, carryCol) ?? 0m);
                    names.Add("上年结转");
                }
                if (names.Count == 0) names.Add("上年结转");
                TableSums.Check(context, Rule, t, incomeRow, -1, "收入总计", inc, "本年收入合计 + " + string.Join(" + ", names), yearIncome + balancing.Sum(),
                    1 + Math.Max(balancing.Count, 1), "收入总计应等于本年收入合计加上年结转结余等平衡项");
            }

            var (yearSpendRow, yearSpendCol) = t.FindLabel("本年支出合计", "本年支出小计");
            if (spend is { } sp && yearSpendRow >= 0 && t.AmountRightOf(yearSpendRow, yearSpendCol) is { } yearSpend)
            {
                // Every balancing row printed between 本年支出合计 and 支出总计 in the same column is added, whatever its name
                // (年终结转结余, 结转下年, 未安排支出的实户资金, 年末结转和结余 …), as on the income side.
                var (balancing, names) = Balancing(t, yearSpendRow, spendRow, yearSpendCol);
                var (endRow, endCol) = t.FindLabel(l => l.StartsWith("年终结转", StringComparison.Ordinal) || (l.StartsWith("年末", StringComparison.Ordinal) && l.Contains("结转", StringComparison.Ordinal)));
                if (balancing.Count == 0 && endRow >= 0)
                {
                    balancing.Add(t.AmountRightOf(endRow, endCol) ?? 0m);
                    names.Add("年终结转结余");
                }
                if (names.Count == 0) names.Add("年终结转结余");
                TableSums.Check(context, Rule, t, spendRow, -1, "支出总计", sp, "本年支出合计 + " + string.Join(" + ", names), yearSpend + balancing.Sum(),
                    1 + Math.Max(balancing.Count, 1), "支出总计应等于本年支出合计加年终结转结余等平衡项");
            }
        }
    }

    /// <summary>The labelled rows with an amount between 本年收入合计 and 收入总计 in the label column: the balancing rows.</summary>
    private static (List<decimal> Amounts, List<string> Names) Balancing(BudgetTableView t, int from, int to, int labelColumn)
    {
        var amounts = new List<decimal>();
        var names = new List<string>();
        if (from < 0 || to <= from) return (amounts, names);
        for (var r = from + 1; r < to; r++)
        {
            var label = t.Cell(r, labelColumn).Trim();
            if (label.Length == 0 || Jixiao.Core.Model.WrittenDecimal.TryParse(label) is not null) continue;
            // A numbered or 其中 row under a balancing row is its breakdown (年初财政拨款结转和结余 / 一、一般公共预算拨款), not another one.
            if (IsBreakdown(label)) continue;
            if (t.AmountRightOf(r, labelColumn) is not { } v) continue;
            amounts.Add(v);
            names.Add(label);
        }
        return (amounts, names);
    }

    private static bool IsBreakdown(string label) =>
        System.Text.RegularExpressions.Regex.IsMatch(label, @"^(其中|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])");
}
