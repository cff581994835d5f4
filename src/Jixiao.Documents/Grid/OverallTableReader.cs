using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Text;
using Jixiao.Documents.Vocabulary;

namespace Jixiao.Documents.Grid;

/// <summary>
/// 从分类为“整体”的中性表格读部门（单位）整体支出绩效目标：年度主要任务（任务名称｜主要内容｜金额）、金额合计、
/// 年度总体目标和年度绩效指标（一级｜二级｜三级｜指标值｜分值）。指标的层级直接来自合并单元格的跨度，不靠猜；
/// 表头由共用词表认出，所以“指标内容”“分值权重（90分）”这样的说法不必另写读取者。
/// 总体目标写在表框之外（表格没有画出这一格的右框线）时，取与标签同页、同一横带上的段落。
/// </summary>
internal sealed class OverallTableReader(HeaderVocabulary vocabulary)
{
    public OverallTarget? Read(GridDocument document, ClassifiedTable classified, SourceText source)
    {
        var table = classified.Table;
        var header = classified.Header;
        var indicators = header is null ? [] : GridRows.Indicators(table, header, header.LastRow + 1, table.RowCount, source, vocabulary).ToList();
        var goals = Goals(document, table, header?.Row ?? table.RowCount);
        var tasks = Tasks(table, header?.Row ?? table.RowCount);
        var total = Total(table, header?.Row ?? table.RowCount);
        if (indicators.Count == 0 && goals.Count == 0 && tasks.Count == 0) return null;
        var compact = TextNormalizer.RemoveWhitespace(string.Concat(table.Texts));
        return new OverallTarget
        {
            StatedWeightTotal = WeightFrame.StatedTotal(compact),
            ExecutionRatePoints = WeightFrame.ExecutionRatePoints(compact),
            Goals = goals,
            SubGoals = tasks,
            Funds = total is null ? null : new OverallFunds(total, null, null),
            Indicators = indicators,
        };
    }

    /// <summary>“年度总体目标”标签右边的格；那格是空的而文字印在表框外时，取同一横带上的段落。</summary>
    private IReadOnlyList<string> Goals(GridDocument document, GridTable table, int beforeRow)
    {
        foreach (var cell in table.Cells)
        {
            if (cell.Row >= beforeRow || cell.IsEmpty || vocabulary.FormLabel(cell.Text) != "Goals") continue;
            var right = table.TextAt(cell.Row, cell.LastColumn + 1);
            if (right.Length > 0) return GoalSplitter.Split(right);
            if (Beside(document, table, cell) is { Length: > 0 } beside) return GoalSplitter.Split(beside);
        }
        return [];
    }

    /// <summary>与标签格同页、纵向中线落在它的横带里、在它右边的段落，连起来。</summary>
    private static string? Beside(GridDocument document, GridTable table, GridCell label)
    {
        if (label.Box is not { } box) return null;
        var parts = document.Blocks.OfType<GridParagraph>()
            .Where(p => p.Page == label.Page && p.Box is { } b && b.Left >= box.Right - 1
                        && (b.Top + b.Bottom) / 2 <= box.Top && (b.Top + b.Bottom) / 2 >= box.Bottom)
            .Select(p => p.Text);
        var text = string.Concat(parts);
        return text.Length == 0 ? null : text;
    }

    /// <summary>年度主要任务：“任务名称”一列与“主要内容”一列之下、金额合计之上的各行。</summary>
    private static List<SubGoal> Tasks(GridTable table, int beforeRow)
    {
        var result = new List<SubGoal>();
        var name = table.Cells.FirstOrDefault(c => c.Row < beforeRow && Is(c.Text, "任务名称"));
        if (name is null) return result;
        var content = table.Cells.FirstOrDefault(c => c.Row == name.Row && Is(c.Text, "主要内容"));
        for (var r = name.LastRow + 1; r < beforeRow; r++)
        {
            var cell = table.CellAt(r, name.Column);
            if (cell is null || cell.Row != r || cell.IsEmpty) continue;
            if (IsTotalLabel(cell.Text)) break;
            var target = content is null ? null : table.TextAt(r, content.Column);
            result.Add(new SubGoal(cell.Text, string.IsNullOrEmpty(target) ? null : target, null));
        }
        return result;
    }

    /// <summary>“金额合计”右边第一个数。</summary>
    private static WrittenDecimal? Total(GridTable table, int beforeRow)
    {
        var label = table.Cells.FirstOrDefault(c => c.Row < beforeRow && IsTotalLabel(c.Text));
        if (label is null) return null;
        for (var c = label.LastColumn + 1; c < table.ColumnCount; c++)
            if (WrittenDecimal.TryParse(table.TextAt(label.Row, c)) is { } amount) return amount;
        return null;
    }

    private static bool IsTotalLabel(string text) => Is(text, "金额合计") || Is(text, "资金合计") || Is(text, "合计");

    private static bool Is(string text, string word) => HeaderVocabulary.Normalize(text) == word;
}
