using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WordTable;

/// <summary>
/// Turns the lines of a Word export into table rows. Each cell is a tab-indented line; a blank line ends a
/// row; an untabbed line continues the cell above it (a second paragraph in the cell) unless it is a table
/// title. Two irregularities of real exports are handled:
/// <list type="bullet">
/// <item>paragraphs of one cell separated by blank lines (numbered 绩效目标), so above the indicator table an
/// untabbed line continues the last cell even after blank lines;</item>
/// <item>a table glued to the one before it without a blank line, so an indicator row is cut when it has as
/// many cells as the indicator header.</item>
/// </list>
/// </summary>
internal static class WordCellScanner
{
    public static List<WordBlock> Scan(IReadOnlyList<SourceLine> lines)
    {
        var blocks = new List<WordBlock>(lines.Count / 4);
        WordRow? row = null;
        WordCell? lastCell = null;      // the last cell of the current table, which untabbed paragraphs continue
        var indicatorColumns = 0;       // > 0 inside an indicator table: the header's cell count
        var blankSinceCell = false;

        void CloseRow()
        {
            if (row is null) return;
            blocks.Add(WordBlock.ForRow(row));
            indicatorColumns = NextIndicatorColumns(row, indicatorColumns);
            row = null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text.AsSpan();
            var tab = WordCellText.CellTab(text);
            if (tab < 0 && WordCellText.IsBlank(text))
            {
                CloseRow();
                blankSinceCell = true;
                continue;
            }
            if (tab >= 0)
            {
                var rest = text[(tab + 1)..];
                while (true)
                {
                    var next = rest.IndexOf('\t');
                    var cell = new WordCell(line.Number, WordCellText.Clean(next < 0 ? rest : rest[..next]));
                    if (row is not null && indicatorColumns > 0 && row.Cells.Count >= indicatorColumns) CloseRow();
                    if (row is null)
                    {
                        row = new WordRow();
                        if (StartsTable(cell.Text)) indicatorColumns = 0;
                    }
                    row.Cells.Add(cell);
                    lastCell = cell;
                    if (next < 0) break;
                    rest = rest[(next + 1)..];
                }
                blankSinceCell = false;
                continue;
            }

            var paragraph = WordCellText.Clean(text);
            if (IsTitle(paragraph, lines, i))
            {
                CloseRow();
                blocks.Add(WordBlock.ForTitle(line, paragraph));
                lastCell = null;
                indicatorColumns = 0;
                continue;
            }
            if (lastCell is not null && (indicatorColumns == 0 || !blankSinceCell))
            {
                lastCell.AppendParagraph(paragraph);
                continue;
            }
            CloseRow();
            if (lastCell is not null) blocks.Add(WordBlock.End);
            lastCell = null;
            indicatorColumns = 0;
        }
        CloseRow();
        return blocks;
    }

    /// <summary>The indicator header row sets the row width; a row that begins a table clears it.</summary>
    private static int NextIndicatorColumns(WordRow row, int current)
    {
        var first = WordTableLabels.Classify(row.Cells[0].Text);
        if (first == WordTableLabel.IndicatorHeader) return row.Cells.Count;
        if (first is WordTableLabel.ProjectCode or WordTableLabel.ProjectName) return 0;
        foreach (var c in row.Cells)
            if (WordTableLabels.IsMoneyUnitCell(c.Text)) return 0;
        return current;
    }

    private static bool StartsTable(string cellText) =>
        WordTableLabels.IsMoneyUnitCell(cellText)
        || WordTableLabels.Classify(cellText) is WordTableLabel.ProjectCode or WordTableLabel.ProjectName;

    /// <summary>
    /// A title names a target table ("1.…绩效目标表") or stands right above one: the next non-blank line is
    /// the 单位 cell, or a budget-unit line followed by the 单位 cell.
    /// </summary>
    private static bool IsTitle(string paragraph, IReadOnlyList<SourceLine> lines, int index)
    {
        if (paragraph.EndsWith('表') && paragraph.Contains("绩效目标", StringComparison.Ordinal)) return true;
        var j = index + 1;
        while (j < lines.Count && WordCellText.IsBlank(lines[j].Text)) j++;
        if (j >= lines.Count) return false;
        var first = lines[j].Text.AsSpan();
        var tab = WordCellText.CellTab(first);
        if (tab < 0) return false;
        var cell = WordCellText.Clean(first[(tab + 1)..]);
        if (WordTableLabels.IsMoneyUnitCell(cell)) return true;
        if (!WordTableLabels.LooksLikeBudgetUnit(cell) || j + 1 >= lines.Count) return false;
        var second = lines[j + 1].Text.AsSpan();
        var tab2 = WordCellText.CellTab(second);
        return tab2 >= 0 && WordTableLabels.IsMoneyUnitCell(WordCellText.Clean(second[(tab2 + 1)..]));
    }
}
