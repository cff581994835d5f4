using Jixiao.Core.Model;

namespace Jixiao.Documents.Layouts.PdfText;

/// <summary>
/// Collects the 资金支出计划（%） of one project from its printed rows. PDF extraction breaks this small table in
/// several ways, each read by one rule:
/// <list type="bullet">
/// <item>a month label row (3月底 6月底 …), then a value row: a value belongs to the label printed in the same
/// column; a month whose cell is blank is omitted;</item>
/// <item>a label followed on the same row by its value (<c>12月底→100%</c>, the last column wrapped with its value):
/// the pair is read as printed;</item>
/// <item>a label row printed on its own right after the label row, before any value (a lone <c>12月底</c> wrapped out
/// of the header): the wrapped label takes the last value of the next value row, the other values of that row go
/// to the header by column (see docs/layouts/pdf-text.md, "lone 12月底");</item>
/// <item>a label row printed again after the values (the plan printed twice): the second printing is compared
/// with the first; equal values are read once, a different value is reported and the first one kept.</item>
/// </list>
/// </summary>
internal sealed class SpendingPlanBuilder
{
    private readonly SortedDictionary<int, WrittenDecimal> _points = [];
    private readonly List<(int Column, int Month)> _header = [];
    private readonly List<int> _wrapped = [];
    private bool _valuesSinceHeader;

    /// <summary>True once the plan's label row has been seen.</summary>
    public bool Started { get; private set; }

    /// <summary>The plan label (资金支出计划) was printed, even with no month under it.</summary>
    public void MarkStarted() => Started = true;

    /// <summary>
    /// True when the row belongs to the plan: every filled cell is a month label or a share, except a leading
    /// 资金支出计划 or 绩效目标 label in the first filled cell; at least one label or share.
    /// </summary>
    public static bool IsPlanRow(TableRow row, out bool leadsWithGoalsLabel)
    {
        leadsWithGoalsLabel = false;
        var planCells = 0;
        var planLabel = false;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var cell = row.Cells[i];
            if (cell.Length == 0) continue;
            if (TableLabels.TryMonth(cell, out _) || TableLabels.TryPercent(cell, out _)) { planCells++; continue; }
            if (i == row.FirstFilled && CellText.StartsWith(cell, TableLabels.SpendingPlan)) { planLabel = true; continue; }
            if (i == row.FirstFilled && CellText.Is(cell, TableLabels.Goals)) { leadsWithGoalsLabel = true; continue; }
            return false;
        }
        return planCells > 0 || planLabel;
    }

    /// <summary>Reads one plan row (see <see cref="IsPlanRow"/>).</summary>
    public void Add(TableRow row, ReadContext context)
    {
        Started = true;
        var labels = new List<(int Column, int Month)>();
        var values = new List<(int Column, WrittenDecimal Value)>();
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var cell = row.Cells[i];
            if (TableLabels.TryMonth(cell, out var month))
            {
                var next = NextFilled(row, i);
                if (next > 0 && TableLabels.TryPercent(row.Cells[next], out var paired))
                {
                    Assign(month, paired, row, context);
                    i = next;
                    continue;
                }
                labels.Add((i, month));
            }
            else if (TableLabels.TryPercent(cell, out var value))
                values.Add((i, value));
        }

        if (labels.Count > 0)
        {
            if (_header.Count > 0 && !_valuesSinceHeader)
                _wrapped.AddRange(labels.Select(l => l.Month));
            else
            {
                _header.Clear();
                _header.AddRange(labels);
                _wrapped.Clear();
                _valuesSinceHeader = false;
            }
        }
        if (values.Count > 0) AddValues(values, row, context);
    }

    public SpendingPlan? Build() =>
        _points.Count == 0 ? null : new SpendingPlan(_points.Select(p => new SpendingPlanPoint(p.Key, p.Value)).ToList());

    private void AddValues(List<(int Column, WrittenDecimal Value)> values, TableRow row, ReadContext context)
    {
        var toWrapped = Math.Min(_wrapped.Count, values.Count);
        var byColumn = values.Count - toWrapped;
        for (var k = 0; k < toWrapped; k++)
            Assign(_wrapped[k], values[byColumn + k].Value, row, context);
        for (var k = 0; k < byColumn; k++)
        {
            var (column, value) = values[k];
            var label = _header.FindIndex(h => h.Column == column);
            if (label < 0)
                context.Unplace(row.Line, row.Source, $"资金支出计划的数值“{value.Text}%”不在任何月份列（3月底/6月底/10月底/12月底）之下，无法确定月份");
            else
                Assign(_header[label].Month, value, row, context);
        }
        _wrapped.Clear();
        _valuesSinceHeader = true;
    }

    private void Assign(int month, WrittenDecimal value, TableRow row, ReadContext context)
    {
        if (_points.TryGetValue(month, out var existing))
        {
            if (existing.Value != value.Value)
                context.Unplace(row.Line, row.Source,
                    $"资金支出计划重复打印，{month}月底的数值不一致（先为 {existing.Text}%，此处为 {value.Text}%），保留先出现的数值");
            return;
        }
        _points[month] = value;
    }

    private static int NextFilled(TableRow row, int after)
    {
        for (var j = after + 1; j < row.Cells.Length; j++)
            if (row.Cells[j].Length > 0) return j;
        return -1;
    }
}
