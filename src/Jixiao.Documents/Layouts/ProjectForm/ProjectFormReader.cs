using Jixiao.Documents.Vocabulary;
using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.Common;
using Jixiao.Documents.Layouts.LabelledTables;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.ProjectForm;

/// <summary>
/// Reads every per-project form of a document. A form starts at a row whose label cell is 项目名称; its labelled rows
/// (主管部门, 实施单位, 资金总额, 其中：财政拨款, 其他资金, 总体目标/年度目标) fill the project; the row naming 一级指标,
/// 二级指标, 三级指标 and 指标值 starts the indicator table, and every later row with as many cells as that header is an
/// indicator, until the next 项目名称. A lead cell the header leaves unnamed (the word 绩效指标 before every row, or a
/// 绩效目标指标 label merged down the left) is simply not a column. Rows of a form that fit nowhere are reported. A
/// department-wide table's title (<see cref="Common.OverallTableTitle"/>) ends the form before it.
/// </summary>
internal static class ProjectFormReader
{
    public static IReadOnlyList<ProjectDraft> Read(IReadOnlyList<SourceLine> lines, ReadContext context)
    {
        var drafts = new List<ProjectDraft>();
        ProjectDraft? current = null;
        foreach (var line in lines)
        {
            current?.Text.Append(Jixiao.Documents.Text.TextNormalizer.RemoveWhitespace(line.Text));
            if (!line.Text.Contains('\t', StringComparison.Ordinal))
            {
                // A 部门整体支出绩效目标表 after the forms is not the last project's: its rows end that form.
                if (OverallTableTitle.Is(line.Text))
                {
                    current = null;
                    continue;
                }
                if (current is not null && DocumentFacts.UnitIn(line.Text) is { } u && current.Indicators.Count == 0) current.Unit ??= u;
                continue;
            }
            var cells = line.Cells();
            if (LabelledValue(cells, FormField.ProjectName) is { } name)
            {
                current = new ProjectDraft(name, line.Number);
                drafts.Add(current);
                continue;
            }
            if (current is null) continue;

            if (current.Columns is { } columns && !IsHeader(cells) && AlignedToHeader(cells, columns) is { } row)
            {
                cells = row;
                var indicator = current.Rows!.Read(cells, line.Number, out var problem);
                if (indicator is not null) current.Indicators.Add(indicator);
                else if (problem is not null) context.Unplace(line.Number, line.Text, problem);
                continue;
            }
            if (IsHeader(cells))
            {
                current.StartIndicators(HeaderColumns.Read(cells));
                continue;
            }
            if (!ReadFields(current, cells) && current.Columns is not null && cells.Any(c => c.Length > 0)
                && FormFieldLabel.Recognize(cells.First(c => c.Length > 0)) is null && !IsRemark(cells))
                context.Unplace(line.Number, line.Text, $"项目“{current.Name}”的绩效指标表中，这一行的单元格数与表头（{current.Columns.Count} 列）不符");
        }
        // A 项目名称 row followed by no funds and no indicators is not a form (a list of names elsewhere in the document).
        foreach (var empty in drafts.Where(d => d.Total is null && d.Indicators.Count == 0))
            context.Unplace(empty.Line, empty.Name, "“项目名称”之后没有资金和绩效指标，不是项目绩效目标表");
        return drafts.Where(d => d.Total is not null || d.Indicators.Count > 0).ToList();
    }

    /// <summary>
    /// The row lined up with the indicator header: as is when it has as many cells; lined up from the right when it
    /// lacks only cells left of 一级指标 (an extractor may drop the merged-down lead cell); null when it is no indicator row.
    /// </summary>
    private static string[]? AlignedToHeader(string[] cells, HeaderColumns columns)
    {
        if (cells.Length == columns.Count) return cells;
        var level1 = columns.IndexOf(TableColumn.Level1);
        if (level1 <= 0 || cells.Length > columns.Count || cells.Length < columns.Count - level1) return null;
        if (cells.Any(c => FormFieldLabel.Recognize(c) is not null) || IsRemark(cells)) return null;
        return [.. Enumerable.Repeat("", columns.Count - cells.Length), .. cells];
    }

    private static bool IsHeader(string[] cells) => HeaderColumns.Read(cells).IsIndicatorHeader;

    /// <summary>备注 and similar trailing rows of the form carry no target.</summary>
    private static bool IsRemark(string[] cells) => cells.FirstOrDefault(c => c.Length > 0) is { } first && CellLabel.Is(first, "备注", "其他说明");

    /// <summary>Fills the fields this row labels; false when it labels none.</summary>
    private static bool ReadFields(ProjectDraft draft, string[] cells)
    {
        var any = false;
        foreach (var cell in cells)
            if (DocumentFacts.UnitIn(cell) is { } unit) draft.Unit ??= unit;
        for (var i = 0; i < cells.Length; i++)
        {
            if (FormFieldLabel.Recognize(cells[i]) is not { } field) continue;
            var value = NextValue(cells, i);
            any = true;
            switch (field)
            {
                case FormField.Supervisor: draft.Supervisor ??= value; break;
                case FormField.Implementer: draft.Implementer ??= value; break;
                case FormField.Total: draft.Total ??= WrittenDecimal.TryParse(value); break;
                case FormField.Fiscal: draft.Fiscal ??= WrittenDecimal.TryParse(value); break;
                case FormField.Other: draft.Other ??= WrittenDecimal.TryParse(value); break;
                case FormField.Goals:
                    // The goal is the rest of the row: one cell merged across, sometimes split by the extractor.
                    var text = string.Concat(cells.Skip(i + 1).Where(c => c.Length > 0));
                    if (text.Length > 0) draft.GoalText = draft.GoalText is null ? text : draft.GoalText + text;
                    return true;
            }
        }
        return any;
    }

    /// <summary>The value cell after a label: the next non-empty cell that is not itself a label.</summary>
    private static string? NextValue(string[] cells, int label)
    {
        for (var j = label + 1; j < cells.Length; j++)
        {
            if (cells[j].Length == 0) continue;
            return FormFieldLabel.Recognize(cells[j]) is null ? cells[j] : null;
        }
        return null;
    }

    /// <summary>A row of short labels and nothing else (项目名称 | 项目类别 | 金额): a table's column header, not a form's row.</summary>
    private static bool IsColumnHeader(string[] cells)
    {
        var filled = cells.Where(c => c.Length > 0).ToList();
        return filled.Count >= 3 && filled.All(c => c.Length <= 8 && !c.Any(char.IsAsciiDigit));
    }

    /// <summary>The value of <paramref name="field"/> when the row's first label cell is that field's label.</summary>
    private static string? LabelledValue(string[] cells, FormField field)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i].Length == 0) continue;
            if (FormFieldLabel.Recognize(cells[i]) != field) return null;
            // A column header that starts with 项目名称 (项目名称 | 项目类别 | …) names no project.
            var value = NextValue(cells, i);
            return value is null || HeaderColumns.Recognize(value) is not null || IsColumnHeader(cells) ? null : value;
        }
        return null;
    }
}
