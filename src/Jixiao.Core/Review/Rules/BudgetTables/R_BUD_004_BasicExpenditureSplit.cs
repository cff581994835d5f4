using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.BudgetTables;

/// <summary>R-BUD-004: in a 基本支出表, 合计 = 人员经费 + 公用经费 on every row, the 合计 row included.</summary>
public sealed class R_BUD_004_BasicExpenditureSplit : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.BasicExpenditureSplit, RuleFamily.BudgetTables, Severity.Error,
        "基本支出与人员经费、公用经费之和不符",
        TableSums.Template,
        RuleSources.Clause(RuleSources.Doc143, "一般公共预算财政拨款基本支出表：合计 = 人员经费 + 公用经费"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.BudgetTables)
        {
            // Where 项目支出 stands beside 人员经费 and 公用经费 (a 收支总表 printing 基本支出 split), their sum is 基本支出, not 合计.
            var total = t.ColumnOf(ColumnRole.Project) >= 0 ? t.ColumnOf(ColumnRole.Basic) : t.ColumnOf(ColumnRole.Total);
            var personnel = t.ColumnOf(ColumnRole.Personnel);
            var @public = t.ColumnOf(ColumnRole.Public);
            if (total < 0 || personnel < 0 || @public < 0) continue;
            // Other parts printed beside them under the same 合计 (专项业务经费支出 in a table of all spending) are added too:
            // that 合计 is not 基本支出 alone. 其中 columns are shares, never parts.
            var others = TableSums.AmountColumns(t, Enumerable.Range(0, t.RowCount))
                .Where(c => t.ColumnOf(ColumnRole.Project) < 0 && c > total && c != personnel && c != @public && c < t.Headers.Count && !R_BUD_003_RowTotal.IsShare(R_BUD_003_RowTotal.Split(t.Headers[c]).Last)
                    && t.PeriodAt(c) == t.PeriodAt(total) && t.Roles[c] is not (ColumnRole.Total or ColumnRole.Subtotal))
                .ToList();
            int[] parts = [personnel, @public, .. others];
            var expression = string.Join(" + ", new[] { "人员经费", "公用经费" }.Concat(others.Select(t.ColumnName)));
            for (var r = 0; r < t.RowCount; r++)
            {
                if (t.IsColumnNumberRow(r)) continue;
                var printed = t.Amount(r, total);
                if (printed is null && parts.All(c => t.Amount(r, c) is null)) continue;
                var lines = parts.Count(c => t.Amount(r, c) is not null);
                TableSums.Check(context, Rule, t, r, total, $"第{r + 1}行{R_BUD_003_RowTotal.Label(t, r)}“{t.ColumnName(total)}”", printed ?? 0m,
                    expression, parts.Sum(c => t.AmountOrZero(r, c)), Math.Max(lines, 1), "基本支出合计应等于人员经费加公用经费");
            }
        }
    }
}
