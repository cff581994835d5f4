using Jixiao.Documents.Vocabulary;
using Jixiao.Documents.Layouts.LabelledTables;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WideProjectTable;

/// <summary>The header of the wide table: a row with a 项目名称 column and the indicator columns, and the row of sub-labels under it when there is one.</summary>
internal static class WideHeader
{
    public static bool TryRead(IReadOnlyList<SourceLine> lines, int index, out HeaderColumns columns, out int lineCount)
    {
        var cells = lines[index].Cells();
        columns = HeaderColumns.Read(cells);
        lineCount = 1;
        if (!columns.Has(TableColumn.ProjectName) || !columns.IsIndicatorHeader) return false;
        if (index + 1 < lines.Count && lines[index + 1].Text.Contains('\t', StringComparison.Ordinal))
        {
            var below = lines[index + 1].Cells();
            if (below.Length > cells.Length && HeaderColumns.IsSubHeader(below))
            {
                columns = HeaderColumns.Read(cells, below);
                lineCount = 2;
            }
        }
        return true;
    }
}
