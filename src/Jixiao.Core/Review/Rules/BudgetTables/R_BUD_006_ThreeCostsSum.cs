using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.BudgetTables;

/// <summary>
/// R-BUD-006: in the 三公经费 table, per amount column: 合计 = 因公出国(境)费 + 公务用车购置及运维费 + 公务接待费,
/// and 公务用车购置及运维费 = 购置费 + 运行维护费. Items are found by their labels (rows), or by headers
/// when a province prints the items as columns.
/// </summary>
public sealed class R_BUD_006_ThreeCostsSum : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ThreeCostsSum, RuleFamily.BudgetTables, Severity.Error,
        "“三公”经费合计不符",
        TableSums.Template,
        RuleSources.Clause(RuleSources.Doc143, "财政拨款“三公”经费支出表"));

    public RuleDescriptor Descriptor => Rule;

    private static bool IsAbroad(string l) => l.Contains("因公出国", StringComparison.Ordinal) && !TableFigures.IsShareLabel(l)
        && !l.StartsWith("其他", StringComparison.Ordinal) && !l.Contains("教学科研", StringComparison.Ordinal);
    private static bool IsCar(string l) => l.Contains("公务用车购置及运", StringComparison.Ordinal);
    private static bool IsPurchase(string l) => l.Contains("公务用车购置费", StringComparison.Ordinal) && !l.Contains("及", StringComparison.Ordinal);
    private static bool IsOperation(string l) => (l.Contains("公务用车运行", StringComparison.Ordinal) || l.Contains("公务用车运维", StringComparison.Ordinal))
        && !l.Contains("购置", StringComparison.Ordinal);
    private static bool IsReception(string l) => l.Contains("公务接待", StringComparison.Ordinal);

    public void Review(ReviewContext context)
    {
        foreach (var t in context.BudgetTables)
        {
            if (t.Kind != BudgetTableKind.ThreeCosts) continue;
            // A table that also prints 会议费、培训费 or 行政经费: the “三公” row is the total of the three, not 合计.
            var more = TableFigures.HoldsMoreThanThreeCosts(t);
            var total = more ? t.FindLabel(l => l.Contains("三公", StringComparison.Ordinal) && !l.StartsWith("其中", StringComparison.Ordinal)).Row : t.TotalRow();
            var abroad = t.FindLabel(IsAbroad).Row;
            var car = t.FindLabel(IsCar).Row;
            var reception = t.FindLabel(IsReception).Row;
            if (total >= 0 && (abroad >= 0 || car >= 0 || reception >= 0)) ByRows(context, t, total, abroad, car, reception);
            else ByColumns(context, t, more);
        }
    }

    private static void ByRows(ReviewContext context, BudgetTableView t, int total, int abroad, int car, int reception)
    {
        var purchase = t.FindLabel(IsPurchase).Row;
        var operation = t.FindLabel(IsOperation).Row;
        int[] items = [abroad, car, reception];
        foreach (var col in TableSums.AmountColumns(t, [total, abroad, car, reception, purchase, operation]))
        {
            var sum = items.Where(r => r >= 0).Sum(r => t.AmountOrZero(r, col));
            TableSums.Check(context, Rule, t, total, col, $"“三公”经费合计“{t.ColumnName(col)}”", t.AmountOrZero(total, col),
                "因公出国（境）费 + 公务用车购置及运维费 + 公务接待费", sum, 3, "“三公”经费合计应等于三项之和");
            if (car >= 0 && (purchase >= 0 || operation >= 0))
                TableSums.Check(context, Rule, t, car, col, $"公务用车购置及运维费“{t.ColumnName(col)}”", t.AmountOrZero(car, col),
                    "公务用车购置费 + 公务用车运行维护费", (purchase >= 0 ? t.AmountOrZero(purchase, col) : 0) + (operation >= 0 ? t.AmountOrZero(operation, col) : 0), 2,
                    "公务用车购置及运维费应等于购置费加运行维护费");
        }
    }

    private static void ByColumns(ReviewContext context, BudgetTableView t, bool more)
    {
        // A multi-year table (上年 beside 本年) is checked per year: each year's items against that year's total.
        foreach (var period in t.Periods.Distinct())
            ByColumns(context, t, period, more);
    }

    private static void ByColumns(ReviewContext context, BudgetTableView t, ColumnPeriod period, bool more)
    {
        int Find(Func<string, bool> p) { for (var c = 0; c < t.Headers.Count; c++) if (t.PeriodAt(c) == period && p(t.Headers[c])) return c; return -1; }
        // With 会议费、培训费 beside them, the three items sum to the “三公” 小计 column, not to 合计.
        var total = more
            ? Find(h => h.Contains("三公", StringComparison.Ordinal) && !h.Contains("公务用车", StringComparison.Ordinal) && LastPart(h) is "小计" or "合计")
            : Find(h => BudgetTableKinds.RoleOf(h) == ColumnRole.Total);
        var abroad = Find(IsAbroad);
        var car = Find(IsCar);
        var reception = Find(IsReception);
        if (total < 0 || (abroad < 0 && car < 0 && reception < 0)) return;
        var purchase = Find(IsPurchase);
        var operation = Find(IsOperation);
        for (var r = 0; r < t.RowCount; r++)
        {
            if (t.IsColumnNumberRow(r) || t.Amount(r, total) is not { } printed) continue;
            var sum = new[] { abroad, car, reception }.Where(c => c >= 0).Sum(c => t.AmountOrZero(r, c));
            TableSums.Check(context, Rule, t, r, total, $"第{r + 1}行“三公”经费合计", printed,
                "因公出国（境）费 + 公务用车购置及运维费 + 公务接待费", sum, 3, "“三公”经费合计应等于三项之和");
            if (car >= 0 && (purchase >= 0 || operation >= 0))
                TableSums.Check(context, Rule, t, r, car, $"第{r + 1}行公务用车购置及运维费", t.AmountOrZero(r, car),
                    "公务用车购置费 + 公务用车运行维护费", (purchase >= 0 ? t.AmountOrZero(r, purchase) : 0) + (operation >= 0 ? t.AmountOrZero(r, operation) : 0), 2,
                    "公务用车购置及运维费应等于购置费加运行维护费");
        }
    }

    private static string LastPart(string header)
    {
        var dash = header.LastIndexOf('-');
        return dash < 0 ? header : header[(dash + 1)..];
    }
}
