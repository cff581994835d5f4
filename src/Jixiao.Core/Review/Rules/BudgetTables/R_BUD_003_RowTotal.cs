using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.BudgetTables;

/// <summary>
/// R-BUD-003: each row's 合计 = the parts printed beside it: 基本支出 + 项目支出 (+ 经营支出, 上解上级支出,
/// 对附属单位补助支出 where present); in tables split by source instead (三公经费表, 财政拨款收支总表), 合计 =
/// 一般公共预算 + 政府性基金 + 国有资本经营 (+ 财政专户, 单位资金). Columns are found by their headers.
/// </summary>
public sealed class R_BUD_003_RowTotal : IReviewRule
{
    public static readonly RuleDescriptor Rule = RuleDescriptor.Create(
        RuleIds.RowTotal, RuleFamily.BudgetTables, Severity.Error,
        "合计与分项之和不符",
        TableSums.Template,
        RuleSources.Clause(RuleSources.Doc143, "部门预算支出总表：合计 = 基本支出 + 项目支出"));

    public RuleDescriptor Descriptor => Rule;

    public void Review(ReviewContext context)
    {
        foreach (var t in context.BudgetTables)
        {
            var total = t.ColumnOf(ColumnRole.Total);
            if (total < 0) continue;
            var parts = Parts(t, BudgetTableKinds.IsExpenditureKindPart);
            // By source of funds only when every income column is known: an unrecognised column with figures (其他收入,
            // 上年结转) is a part the sum would miss, and a false alarm costs a checker's trust.
            if (parts.Count < 2 && !HasUnknownAmountColumn(t, total)) parts = Parts(t, BudgetTableKinds.IsFundingPart);
            if (parts.Count < 2) continue;
            var expression = string.Join(" + ", parts.Select(t.ColumnName));
            for (var r = 0; r < t.RowCount; r++)
            {
                if (t.IsColumnNumberRow(r)) continue;
                var printed = t.Amount(r, total);
                var filled = parts.Count(c => t.Amount(r, c) is not null);
                if (printed is null && filled == 0) continue;
                var sum = parts.Sum(c => t.AmountOrZero(r, c));
                TableSums.Check(context, Rule, t, r, total, $"第{r + 1}行{Label(t, r)}“{t.ColumnName(total)}”", printed ?? 0m, expression, sum,
                    Math.Max(filled, 1), "合计应等于各分项之和，请核对");
            }
        }
    }

    private static bool HasUnknownAmountColumn(BudgetTableView t, int total)
    {
        foreach (var c in TableSums.AmountColumns(t, Enumerable.Range(0, t.RowCount)))
            if (c != total && c < t.Roles.Length && t.Roles[c] is ColumnRole.None or ColumnRole.CarryOver) return true;
        return false;
    }

    /// <summary>
    /// The columns that are parts of 合计, by meaning: a 其中 column (其中：专项资金…) is a share of the column beside it, never a
    /// part of its own; a 小计 under a part's heading (一般公共预算拨款-小计) is that part, and its siblings are not added again.
    /// </summary>
    internal static List<int> Parts(BudgetTableView t, Func<ColumnRole, bool> isPart)
    {
        var list = new List<int>();
        var parents = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < t.Roles.Length && c < t.Headers.Count; c++)
        {
            var (parent, last) = Split(t.Headers[c]);
            if (IsShare(last)) continue;
            var role = t.Roles[c] == ColumnRole.Subtotal && parent.Length > 0 ? BudgetTableKinds.RoleOf(parent) : t.Roles[c];
            if (!isPart(role)) continue;
            if (parent.Length > 0 && isPart(BudgetTableKinds.RoleOf(parent)) && HasSubtotal(t, parent) && t.Roles[c] != ColumnRole.Subtotal) continue;
            if (t.Roles[c] == ColumnRole.Subtotal && !parents.Add(parent)) continue;
            list.Add(c);
        }
        return list;
    }

    /// <summary>其中… : a share of another column.</summary>
    internal static bool IsShare(string lastPart) => lastPart.StartsWith("其中", StringComparison.Ordinal);

    private static bool HasSubtotal(BudgetTableView t, string parent)
    {
        for (var c = 0; c < t.Roles.Length && c < t.Headers.Count; c++)
            if (t.Roles[c] == ColumnRole.Subtotal && Split(t.Headers[c]).Parent == parent) return true;
        return false;
    }

    internal static (string Parent, string Last) Split(string header)
    {
        var dash = header.LastIndexOf('-');
        return dash < 0 ? ("", header) : (header[..dash], header[(dash + 1)..]);
    }

    internal static string Label(BudgetTableView t, int row)
    {
        if (t.Code(row) is { } code) return code + t.Cell(row, t.CodeColumn + 1);
        foreach (var cell in t.Cells[row])
            if (cell.Length > 0 && Jixiao.Core.Model.WrittenDecimal.TryParse(cell) is null) return cell;
        return "";
    }
}
