using Jixiao.Documents.Vocabulary;
using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.LabelledTables;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WideProjectTable;

/// <summary>
/// Reads the one table that lists every project (项目支出绩效目标表): its header names a 项目名称 column beside the
/// indicator columns. A row whose 项目名称 and 项目总额 cells are filled starts a project (the cells merged down over
/// its other rows come back empty); every row with as many cells as the header is one indicator of the current
/// project. A row with a name but no amount is the rest of a merged name cell cut by a page break. The table ends at
/// the next table title. A row with fewer cells than the header lacks the cells merged down from the left (项目名称 …
/// 绩效目标): it is lined up from the right and read as an indicator of the project started on the same page; at the
/// top of a page, where no project row has been seen, it belongs to no project we can name and is reported.
/// </summary>
internal static class WideTableReader
{
    public static IReadOnlyList<WideProjectDraft> Read(SourceText text, ReadContext context)
    {
        var lines = text.Lines;
        int? currentPage = null;
        var drafts = new List<WideProjectDraft>();
        HeaderColumns? columns = null;
        WideProjectDraft? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!line.Text.Contains('\t', StringComparison.Ordinal))
            {
                if (columns is not null && drafts.Count > 0 && IsTableTitle(line.Text)) { columns = null; current = null; }
                continue;
            }
            var cells = line.Cells();
            if (WideHeader.TryRead(lines, i, out var header, out var headerLines))
            {
                columns = header;
                current = null;
                i += headerLines - 1;
                continue;
            }
            if (columns is null) continue;
            var page = text.LocationOf(line.Number)?.Page;
            if (cells.Length < columns.Count && cells.Length >= columns.Count - columns.IndexOf(TableColumn.Level1)
                && columns.IndexOf(TableColumn.Level1) >= 0)
            {
                if (current is null || page != currentPage)
                {
                    context.Unplace(line.Number, line.Text, "项目支出绩效目标表中这一行缺少项目名称、金额等合并单元格，本页之前没有所属项目的行，无法确定属于哪个项目");
                    continue;
                }
                cells = [.. Enumerable.Repeat("", columns.Count - cells.Length), .. cells];
            }
            if (cells.Length != columns.Count)
            {
                context.Unplace(line.Number, line.Text, $"项目支出绩效目标表中这一行有 {cells.Length} 个单元格，表头有 {columns.Count} 列，无法对应");
                continue;
            }
            var name = columns.Cell(cells, TableColumn.ProjectName);
            var total = WrittenDecimal.TryParse(columns.Cell(cells, TableColumn.Total));
            var goals = columns.Cell(cells, TableColumn.Goals);
            if (name is not null && total is not null)
            {
                var budget = new ProjectBudget(total, WrittenDecimal.TryParse(columns.Cell(cells, TableColumn.Fiscal)),
                    WrittenDecimal.TryParse(columns.Cell(cells, TableColumn.Other)));
                current = new WideProjectDraft(name, budget, goals, columns, line.Number);
                drafts.Add(current);
                currentPage = page;
            }
            else if (current is not null && (name is not null || goals is not null))
            {
                current.Continue(name, goals);
                currentPage = page;
            }
            if (current is null)
            {
                context.Unplace(line.Number, line.Text, "项目支出绩效目标表中这一行之前没有项目名称和金额");
                continue;
            }
            var indicator = current.Rows.Read(cells, line.Number, out var problem);
            if (indicator is not null) current.Indicators.Add(indicator);
            else if (problem is not null) context.Unplace(line.Number, line.Text, problem);
        }
        return drafts;
    }

    /// <summary>A short line naming a table (预算13表 部门整体支出绩效目标表) ends the one before.</summary>
    public static bool IsTableTitle(string text)
    {
        var t = text.Trim();
        return t.Length is > 2 and <= 40 && t.EndsWith('表');
    }
}
