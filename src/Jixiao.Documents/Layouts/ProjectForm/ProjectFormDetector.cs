using Jixiao.Documents.Vocabulary;
using Jixiao.Documents.Layouts.LabelledTables;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.ProjectForm;

/// <summary>
/// Scores how sure we are that a text holds per-project 绩效目标表 forms read from ruled tables: rows whose label cell
/// 项目名称 is followed by the name in the next cell, a funds row (资金总额 / 年度预算资金总额 with its amount), and
/// an indicator header row whose cells are 一级指标, 二级指标, 三级指标 and 指标值 without a 项目名称 cell beside them
/// (that is the one wide table of all projects). Headers with a 绩效指标描述, 指标性质 or 权重 column belong to the
/// seeds' layouts (PDF text, spreadsheet forms), which read those columns: they keep this score low.
/// </summary>
internal static class ProjectFormDetector
{
    public static double Score(SourceText text)
    {
        int names = 0, funds = 0, headers = 0, foreignHeaders = 0;
        foreach (var line in text.Lines)
        {
            var s = line.Text;
            if (!s.Contains('\t', StringComparison.Ordinal)) continue;
            var cells = line.Cells();
            var first = Array.FindIndex(cells, c => c.Length > 0);
            if (first < 0) continue;
            var label = FormFieldLabel.Recognize(cells[first]);
            if (label == FormField.ProjectName && first + 1 < cells.Length && cells[first + 1].Length > 0
                && HeaderColumns.Recognize(cells[first + 1]) is null)
                names++;
            else if (cells.Any(c => FormFieldLabel.Recognize(c) == FormField.Total) && cells.Any(c => WrittenDecimal(c)))
                funds++;
            else
            {
                var header = HeaderColumns.Read(cells);
                if (!header.IsIndicatorHeader || header.Has(TableColumn.ProjectName)) continue;
                if (header.Has(TableColumn.Description) || header.Has(TableColumn.Nature) || header.Has(TableColumn.Weight)) foreignHeaders++;
                else headers++;
            }
        }
        if (names == 0 || headers + foreignHeaders == 0) return 0;
        var score = 0.5 + (funds > 0 ? 0.2 : 0) + (headers >= names / 2 ? 0.25 : 0.1);
        return headers > foreignHeaders ? score : score / 2;
    }

    private static bool WrittenDecimal(string cell) => Jixiao.Core.Model.WrittenDecimal.TryParse(cell) is not null;
}
