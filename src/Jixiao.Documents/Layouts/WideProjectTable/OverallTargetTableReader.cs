using Jixiao.Documents.Vocabulary;
using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Layouts.LabelledTables;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WideProjectTable;

/// <summary>
/// Reads the 部门整体支出绩效目标表 printed after the project table: 部门名称, the 预算支出总额 under 总体资金情况,
/// the 整体绩效目标 text and the indicator rows (活动 | 绩效指标 | 指标性质 | 指标值 | 度量单位, where 绩效指标 runs the
/// three levels together). Its rows are aligned to the header from the right, because the label merged down the left
/// (年度绩效指标) is printed on the first page only.
/// </summary>
internal static class OverallTargetTableReader
{
    public static (Department? Department, OverallTarget? Overall) Read(IReadOnlyList<SourceLine> lines, ReadContext context)
    {
        var start = -1;
        for (var i = 0; i < lines.Count; i++)
            if (!lines[i].Text.Contains('\t', StringComparison.Ordinal) && lines[i].Text.Contains("整体支出绩效目标表", StringComparison.Ordinal)) { start = i; break; }
        if (start < 0) return (null, null);

        Department? department = null;
        WrittenDecimal? total = null;
        var goals = new List<string>();
        var indicators = new List<Indicator>();
        HeaderColumns? columns = null;
        IndicatorRowReader? rows = null;
        var totalColumn = -1;
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.Text.Contains('\t', StringComparison.Ordinal))
            {
                if (WideTableReader.IsTableTitle(line.Text)) break;
                continue;
            }
            var cells = line.Cells();
            var first = Array.FindIndex(cells, c => c.Length > 0);
            if (first < 0) continue;
            var header = HeaderColumns.Read(cells);
            if (header.IsIndicatorHeader && header.Has(TableColumn.CombinedIndicator))
            {
                columns = header;
                rows = new IndicatorRowReader(header);
                continue;
            }
            if (columns is not null && cells.Length <= columns.Count)
            {
                var aligned = Enumerable.Repeat("", columns.Count - cells.Length).Concat(cells).ToArray();
                var indicator = rows!.Read(aligned, line.Number, out var problem);
                if (indicator is not null) { indicators.Add(indicator); continue; }
                if (problem is not null) { context.Unplace(line.Number, line.Text, problem); continue; }
            }
            var labelAt = Array.FindIndex(cells, c => CellLabel.Is(c, "部门名称", "整体绩效目标", "年度整体绩效目标", "总体绩效目标"));
            if (labelAt >= 0)
            {
                var rest = string.Concat(cells.Skip(labelAt + 1).Where(c => c.Length > 0));
                if (CellLabel.Is(cells[labelAt], "部门名称")) { if (rest.Length > 0) department ??= new Department(null, rest); }
                else goals.AddRange(GoalSplitter.Split(rest));
                continue;
            }
            var totalAt = Array.FindIndex(cells, c => CellLabel.Is(c, "预算支出总额", "资金总额", "部门预算总额"));
            if (totalAt >= 0) { totalColumn = totalAt; continue; }
            if (totalColumn >= 0 && total is null && totalColumn < cells.Length && WrittenDecimal.TryParse(cells[totalColumn]) is { } t)
                total = t;
        }
        if (goals.Count == 0 && indicators.Count == 0 && total is null) return (department, null);
        return (department, new OverallTarget
        {
            Goals = goals,
            Funds = total is null ? null : new OverallFunds(total, null, null),
            Indicators = indicators,
        });
    }
}
