using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WordTable;

/// <summary>
/// Scores how much a text looks like a Word export of 项目绩效目标表: every table cell on its own
/// tab-indented line, so the labels 一级指标, 二级指标 … stand one per line, one under the other.
/// Spreadsheet exports (all cells of a row on one tab-separated line) and PDF text (whole rows on one line)
/// print the same labels side by side instead, which counts against this layout.
/// </summary>
internal static class WordTableDetector
{
    public static double Score(SourceText text)
    {
        var lines = text.Lines;
        int tabbed = 0, singleCell = 0, alone = 0, inRow = 0;
        bool verticalHeader = false, nameAlone = false, goalsAlone = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var span = lines[i].Text.AsSpan();
            var tab = WordCellText.CellTab(span);
            if (tab < 0)
            {
                // Labels printed in a paragraph line with other cells (Markdown/PDF rows) count against us.
                if (span.Contains("一级指标", StringComparison.Ordinal) || span.Contains("项目名称", StringComparison.Ordinal)) inRow++;
                continue;
            }
            tabbed++;
            var rest = span[(tab + 1)..];
            if (rest.IndexOf('\t') >= 0)
            {
                if (rest.Contains("一级指标", StringComparison.Ordinal) || rest.Contains("项目名称", StringComparison.Ordinal)) inRow++;
                continue;
            }
            singleCell++;
            var cell = rest.Trim();
            if (cell.SequenceEqual("一级指标"))
            {
                alone++;
                if (i + 1 < lines.Count && CellIs(lines[i + 1].Text, "二级指标")) verticalHeader = true;
            }
            else if (cell.SequenceEqual("项目名称")) { alone++; nameAlone = true; }
            else if (cell.SequenceEqual("绩效目标")) { alone++; goalsAlone = true; }
        }
        if (alone == 0 || tabbed == 0) return 0;
        var shape = (verticalHeader ? 0.45 : 0) + (nameAlone ? 0.25 : 0) + (goalsAlone ? 0.15 : 0)
            + ((double)singleCell / tabbed >= 0.9 ? 0.15 : 0);
        var purity = (double)alone / (alone + inRow);
        return shape * purity;
    }

    private static bool CellIs(string line, string label)
    {
        var span = line.AsSpan();
        var tab = WordCellText.CellTab(span);
        return tab >= 0 && span[(tab + 1)..].Trim().SequenceEqual(label);
    }
}
