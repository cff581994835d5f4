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
            for (var r = 0; r < t.RowCount; r++)
            {
                if (t.IsColumnNumberRow(r)) continue;
                var printed = t.Amount(r, total);
                var a = t.Amount(r, personnel);
                var b = t.Amount(r, @public);
                if (printed is null && a is null && b is null) continue;
                var lines = (a is null ? 0 : 1) + (b is null ? 0 : 1);
                TableSums.Check(context, Rule, t, r, total, $"第{r + 1}行{R_BUD_003_RowTotal.Label(t, r)}“{t.ColumnName(total)}”", printed ?? 0m,
                    "人员经费 + 公用经费", (a ?? 0m) + (b ?? 0m), Math.Max(lines, 1), "基本支出合计应等于人员经费加公用经费");
            }
        }
    }
}
