using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.BudgetTables;

/// <summary>
/// R-BUD-002: by the 政府收支分类 codes, a parent is the sum of its children, per amount column: 功能分类
/// 类 (3 digits) = Σ 款 (5), 款 = Σ 项 (7); 经济分类 类 (3) = Σ 款 (5); and the 合计 row = Σ 类. A parent
/// with no child listed is not judged (the table lists it at its own level). A sum short of its parent where the
/// children run to the end of the table as read is a warning, not an error: the table may go on over a page that was
/// not joined to it (<see cref="TableSums.Check"/>).
/// </summary>
public sealed class R_BUD_002_ClassificationSums : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.ClassificationSums, RuleFamily.BudgetTables, Severity.Error,
        "科目金额与下级科目合计不符",
        TableSums.Template,
        RuleSources.Classification);

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.BudgetTables)
        {
            if (t.CodeColumn < 0) continue;
            // A table printed in panels side by side (人员经费 | 公用经费) is summed panel by panel: a row holds one code per
            // panel, and the panels' figures have nothing to do with each other.
            var panelled = t.CodeColumns.Count > 1;
            for (var p = 0; p < t.CodeColumns.Count; p++)
            {
                var (from, to) = TablePanels.Extent(t, p);
                var coded = new List<(int Row, string Code)>();
                for (var r = 0; r < t.RowCount; r++)
                    if (t.Code(r, from) is { } code) coded.Add((r, code));
                if (coded.Count == 0) continue;
                var columns = TableSums.AmountColumns(t, coded.Select(c => c.Row));
                if (panelled) columns = columns.Where(c => c > from && c < to).ToList();
                CheckParents(context, t, coded, columns, from);
                if (!panelled) CheckTotalRow(context, t, coded, columns);
            }
        }
    }

    private static void CheckParents(ReviewContext context, BudgetTableView t, List<(int Row, string Code)> coded, List<int> columns, int codeColumn)
    {
        // A parent printed twice (烟台: 301 under 501 and again under 505, the 政府经济分类 beside the 部门经济分类) has its
        // children shared between the rows: which belong to which is not printed, so neither is judged.
        var repeated = coded.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        foreach (var (row, code) in coded)
        {
            if (code.Length == 7 || repeated.Contains(code)) continue;
            var children = coded.Where(c => c.Code.Length == code.Length + 2 && c.Code.StartsWith(code, StringComparison.Ordinal)).Select(c => c.Row).ToList();
            if (children.Count == 0) continue;
            var name = t.Cell(row, codeColumn + 1);
            // Every coded row after this one is its descendant: the group runs to the end of the table as read.
            var openAtEnd = coded.Where(c => c.Row > row).All(c => c.Code.StartsWith(code, StringComparison.Ordinal));
            foreach (var col in columns)
            {
                var parent = t.AmountOrZero(row, col);
                var sum = children.Sum(ch => t.AmountOrZero(ch, col));
                if (parent == 0 && sum == 0) continue;
                TableSums.Check(context, Rule, t, row, col, $"{code}{name}“{t.ColumnName(col)}”", parent,
                    code.Length == 3 ? "其下各款" : "其下各项", sum, children.Count, "上级科目金额应等于下级科目之和，请核对", openAtEnd, children);
            }
        }
    }

    private static void CheckTotalRow(ReviewContext context, BudgetTableView t, List<(int Row, string Code)> coded, List<int> columns)
    {
        var totalRow = t.TotalRow();
        var classes = coded.Where(c => c.Code.Length == 3).Select(c => c.Row).ToList();
        if (totalRow < 0 || classes.Count == 0) return;
        foreach (var col in columns)
        {
            var total = t.Amount(totalRow, col);
            if (total is null) continue;
            var sum = classes.Sum(r => t.AmountOrZero(r, col));
            // The 合计 row is above the classes it sums; the last class always runs to the end of the table as read.
            TableSums.Check(context, Rule, t, totalRow, col, $"合计行“{t.ColumnName(col)}”", total.Value, "各类级科目", sum, classes.Count,
                "合计应等于各类级科目之和，请核对", mayContinue: totalRow < classes[0], summed: classes);
        }
    }
}
