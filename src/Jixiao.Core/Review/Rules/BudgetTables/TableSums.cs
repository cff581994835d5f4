using Jixiao.Core.Review.Analysis;

namespace Jixiao.Core.Review.Rules.BudgetTables;

/// <summary>
/// The sum check every R-BUD rule shares: exact → nothing; within 0.01 per summed line → an info that
/// states the rounding remainder; beyond → the rule's error, with expected and actual figures.
/// Budget-table rules use the message template "{0}：列示{1}{2}，{3}合计{4}{2}，相差{5}{2}，超出四舍五入允许范围（±{6}）".
/// </summary>
internal static class TableSums
{
    public const string Template = "{0}：列示{1}{2}，{3}合计{4}{2}，相差{5}{2}，超出四舍五入允许范围（±{6}）";

    /// <summary>What a warning adds when the lines summed may go on past the table as read (see <c>mayContinue</c>).</summary>
    public const string MayContinueNote = "；这一科目的下级科目排到了本表末尾，表可能在下一页续排而续页未读入，请核对续页（读表不确定，故只作警告）";

    // mayContinue: the summed lines run to the last row of the table as read, so rows on a continuation page that was
    // not joined to it would be missing from the sum. A sum short of the printed figure is then not certain to be the
    // document's error and is reported as a warning that says so (issue 16: 48 of 48 judged R-BUD-002 errors of this
    // shape were a continuation page read as another table). A sum over the printed figure cannot come from missing
    // rows and stays an error.
    public static void Check(ReviewContext context, RuleDescriptor rule, BudgetTableView table, int row, int column,
        string what, decimal printed, string expression, decimal sum, int lines, string suggestion, bool mayContinue = false)
    {
        var outcome = RoundingTolerance.Compare(printed, sum, lines);
        if (outcome == SumOutcome.Exact) return;
        var p = RoundingTolerance.Format(printed);
        var s = RoundingTolerance.Format(sum);
        var diff = RoundingTolerance.Format(Math.Abs(printed - sum));
        var where = FindingLocationOf.Table(table, row, column);
        var content = FindingFingerprint.Content(table.Title, table.Cell(row, table.CodeColumn), what, column >= 0 ? table.Headers[Math.Min(column, table.Headers.Count - 1)] : "", p, s);
        if (outcome == SumOutcome.RoundingDifference)
            context.Report(rule, where, RoundingNote.Message(what, p, expression, s, diff, lines, table.UnitText), content, Severity.Info, s, p);
        else if (mayContinue && sum < printed)
            context.Report(rule, where, rule.Format(what, p, table.UnitText, expression, s, diff, RoundingTolerance.Format(RoundingTolerance.For(lines))) + MayContinueNote,
                content, Severity.Warning, s, p, suggestion);
        else
            context.Report(rule, where, rule.Format(what, p, table.UnitText, expression, s, diff, RoundingTolerance.Format(RoundingTolerance.For(lines))),
                content, expected: s, actual: p, suggestion: suggestion);
    }

    /// <summary>Exact agreement of one figure printed twice (no lines summed, so no rounding allowance).</summary>
    public static void Same(ReviewContext context, RuleDescriptor rule, BudgetTableView table, int row, int column,
        string what, decimal printed, string otherWhat, decimal other, string suggestion)
    {
        if (printed == other) return;
        var p = RoundingTolerance.Format(printed);
        var o = RoundingTolerance.Format(other);
        context.Report(rule, FindingLocationOf.Table(table, row, column),
            $"{what}列示{p}{table.UnitText}，与{otherWhat}{o}{table.UnitText}不一致，相差{RoundingTolerance.Format(Math.Abs(printed - other))}{table.UnitText}",
            FindingFingerprint.Content(table.Title, what, p, otherWhat, o), expected: o, actual: p, suggestion: suggestion);
    }

    /// <summary>Columns holding amounts: not 序号/编码/名称, and with at least one number in the given rows.</summary>
    public static List<int> AmountColumns(BudgetTableView t, IEnumerable<int> rows)
    {
        var width = t.Cells.Length == 0 ? 0 : t.Cells.Max(r => r.Length);
        var result = new List<int>();
        var rowList = rows as IReadOnlyCollection<int> ?? rows.ToList();
        for (var c = 0; c < width; c++)
        {
            if (c < t.Roles.Length && t.Roles[c] is ColumnRole.Serial or ColumnRole.Code or ColumnRole.Name) continue;
            if (c == t.CodeColumn) continue;
            foreach (var r in rowList)
                if (t.Amount(r, c) is not null) { result.Add(c); break; }
        }
        return result;
    }
}
