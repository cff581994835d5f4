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
        string what, decimal printed, string expression, decimal sum, int lines, string suggestion, bool mayContinue = false,
        IReadOnlyCollection<int>? summed = null)
    {
        // Tolerance from the precision printed: a column in whole 元, or a 合计 printed without its decimals (22,118,861 for
        // 22,118,861.34), allows one unit of that last digit per line.
        var step = Math.Max(column >= 0 ? table.StepOf(column) : RoundingTolerance.PerLine, printed != 0 ? BudgetTableView.UnitOfLastDigit(printed) : 0m);
        var outcome = RoundingTolerance.Compare(printed, sum, lines, step);
        if (outcome == SumOutcome.Exact) return;
        var p = RoundingTolerance.Format(printed);
        var s = RoundingTolerance.Format(sum);
        var diff = RoundingTolerance.Format(Math.Abs(printed - sum));
        var where = FindingLocationOf.Table(table, row, column);
        var content = FindingFingerprint.Content(table.Title, table.Cell(row, table.CodeColumn), what, column >= 0 ? table.Headers[Math.Min(column, table.Headers.Count - 1)] : "", p, s);
        if (outcome == SumOutcome.RoundingDifference)
            context.Report(rule, where, RoundingNote.Message(what, p, expression, s, diff, lines, table.UnitText), content, Severity.Info, s, p);
        else if (mayContinue && sum < printed)
            context.Report(rule, where, rule.Format(what, p, table.UnitText, expression, s, diff, RoundingTolerance.Format(RoundingTolerance.For(lines, step))) + MayContinueNote,
                content, Severity.Warning, s, p, suggestion);
        else if (table.RealignedRows.Contains(row) || summed?.Any(table.RealignedRows.Contains) == true)
            context.Report(rule, where, rule.Format(what, p, table.UnitText, expression, s, diff, RoundingTolerance.Format(RoundingTolerance.For(lines, step))) + RealignedNote,
                content, Severity.Warning, s, p, suggestion);
        else
            context.Report(rule, where, rule.Format(what, p, table.UnitText, expression, s, diff, RoundingTolerance.Format(RoundingTolerance.For(lines, step))),
                content, expected: s, actual: p, suggestion: suggestion);
    }

    /// <summary>What a warning adds when a row's figures were moved under the columns of the other rows (<see cref="SpanningLabels"/>).</summary>
    public const string RealignedNote = "；该行标签跨列印刷，其数字是按其他各行的列位对齐读取的，列位可能有误，请核对原表（读表不确定，故只作警告）";

    /// <summary>What a warning adds when the 合计 read is smaller than another figure of its own row (<see cref="DoubtfulTotal"/>).</summary>
    public const string DoubtfulTotalNote = "；读出的合计小于同一行另一栏的数，合计栏的列位可能读错，请核对原表（读表不确定，故只作警告）";

    /// <summary>
    /// A 合计 cell smaller than another figure of this year on its own row (amounts are not negative in these tables): the
    /// column taken for 合计 is then most likely not the 合计 (a multi-level header read off by a column).
    /// </summary>
    public static bool DoubtfulTotal(BudgetTableView t, int row, int column)
    {
        if (t.Amount(row, column) is not { } total) return true;
        for (var c = 0; c < t.Cells[row].Length; c++)
            if (c != column && t.PeriodAt(c) == ColumnPeriod.Current && !(c < t.Roles.Length && t.Roles[c] is ColumnRole.Serial or ColumnRole.Code)
                && t.Amount(row, c) is { } v && v > total && !BudgetTableView.IsClassificationCode(t.Cell(row, c))) return true;
        return false;
    }

    /// <summary>Exact agreement of one figure printed twice (no lines summed, so no rounding allowance).</summary>
    public static void Same(ReviewContext context, RuleDescriptor rule, BudgetTableView table, int row, int column,
        string what, decimal printed, string otherWhat, decimal other, string suggestion)
    {
        if (printed == other) return;
        // The same figure printed at two precisions (480,544,221.6 beside 480,544,221.62; a 合计 in whole 元) agrees when the
        // coarser print is the finer one rounded.
        var coarser = Math.Max(BudgetTableView.UnitOfLastDigit(printed), BudgetTableView.UnitOfLastDigit(other));
        var difference = Math.Abs(printed - other);
        if (BudgetTableView.UnitOfLastDigit(printed) != BudgetTableView.UnitOfLastDigit(other) && difference * 2 <= coarser) return;
        var p = RoundingTolerance.Format(printed);
        var o = RoundingTolerance.Format(other);
        var message = $"{what}列示{p}{table.UnitText}，与{otherWhat}{o}{table.UnitText}不一致，相差{RoundingTolerance.Format(difference)}{table.UnitText}";
        // Certain of neither the column nor the figure: the row was realigned, or the 合计 read is smaller than its own parts.
        string? doubt = table.RealignedRows.Contains(row) ? RealignedNote : column >= 0 && DoubtfulTotal(table, row, column) ? DoubtfulTotalNote
            // One unit of the last printed digit: a table whose 合计 adds its own rounded lines (74868.33 against 74868.34).
            : difference == coarser ? $"；相差仅为末位一个单位（{RoundingTolerance.Format(coarser)}{table.UnitText}），可能是各行四舍五入后相加的尾差，请核对（故只作警告）" : null;
        context.Report(rule, FindingLocationOf.Table(table, row, column), doubt is null ? message : message + doubt,
            FindingFingerprint.Content(table.Title, what, p, otherWhat, o), doubt is null ? null : Severity.Warning, expected: o, actual: p, suggestion: suggestion);
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
