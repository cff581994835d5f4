using Jixiao.Documents.Vocabulary;
using Jixiao.Core.Model;
using Jixiao.Documents.Layouts.LabelledTables;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WideProjectTable;

/// <summary>
/// Scores how sure we are that a text holds one wide 项目支出绩效目标表: a header row naming a 项目名称 column and the
/// indicator columns (一级/二级/三级指标, 指标值) side by side — no other layout prints them in one row — and below it
/// rows with as many cells that start a project with a name and an amount.
/// </summary>
internal static class WideProjectTableDetector
{
    public static double Score(SourceText text)
    {
        var lines = text.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Text.Contains('\t', StringComparison.Ordinal)) continue;
            if (!WideHeader.TryRead(lines, i, out var columns, out var headerLines)) continue;
            var projects = 0;
            for (var j = i + headerLines; j < lines.Count && projects < 3; j++)
            {
                var cells = lines[j].Cells();
                if (cells.Length == columns.Count && columns.Cell(cells, TableColumn.ProjectName) is not null
                    && WrittenDecimal.TryParse(columns.Cell(cells, TableColumn.Total)) is not null)
                    projects++;
            }
            return 0.6 + (projects > 0 ? 0.25 : 0) + (projects >= 3 ? 0.1 : 0);
        }
        return 0;
    }
}
