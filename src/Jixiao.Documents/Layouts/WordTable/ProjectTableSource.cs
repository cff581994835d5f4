using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.WordTable;

/// <summary>The rows of one 项目绩效目标表, with its title line when the document prints one.</summary>
internal sealed class ProjectTableSource
{
    public SourceLine? Title { get; init; }
    public string? TitleText { get; init; }
    public List<WordRow> Rows { get; } = [];

    /// <summary>How far the table has got: -1 title only, 0 unit row, 1 project rows, 2 indicator table.</summary>
    public int Stage { get; set; } = -1;
    public bool HasUnitRow { get; set; }
    public bool HasNameRow { get; set; }

    /// <summary>1-based line where the table starts: its first row, or the title when it has no rows.</summary>
    public int FirstLine => Rows.Count > 0 ? Rows[0].Line : Title?.Number ?? 0;
}

/// <summary>
/// Cuts the scanned rows into project tables. A table starts at a title, or — for tables printed without a
/// title — at a row that can only open a table (the 单位 row, the 项目编码/项目名称 row) once the current
/// table has gone past that point.
/// </summary>
internal static class ProjectTableGrouper
{
    public static List<ProjectTableSource> Group(List<WordBlock> blocks)
    {
        var tables = new List<ProjectTableSource>();
        ProjectTableSource? current = null;
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case WordBlockKind.Title:
                    current = new ProjectTableSource { Title = block.Title, TitleText = block.TitleText };
                    tables.Add(current);
                    continue;
                case WordBlockKind.TableEnd:
                    current = null;
                    continue;
            }
            var row = block.Row!;
            var (stage, isUnitRow, isNameRow) = Classify(row);
            var starts = current is null
                ? stage is 0 or 1
                : stage >= 0 && (stage < current.Stage || (isUnitRow && current.HasUnitRow) || (isNameRow && current.HasNameRow));
            if (starts)
            {
                current = new ProjectTableSource();
                tables.Add(current);
            }
            if (current is null) continue; // cells outside any project table (e.g. a tabbed preface): not ours
            current.Rows.Add(row);
            if (stage > current.Stage) current.Stage = stage;
            current.HasUnitRow |= isUnitRow;
            current.HasNameRow |= isNameRow;
        }
        return tables;
    }

    private static (int Stage, bool IsUnitRow, bool IsNameRow) Classify(WordRow row)
    {
        var isUnitRow = false;
        var isNameRow = false;
        var first = WordTableLabels.Classify(row.Cells[0].Text);
        if (first == WordTableLabel.IndicatorHeader) return (2, false, false);
        foreach (var c in row.Cells)
        {
            if (WordTableLabels.IsMoneyUnitCell(c.Text)) isUnitRow = true;
            else if (WordTableLabels.Classify(c.Text) == WordTableLabel.ProjectName) isNameRow = true;
        }
        if (isUnitRow) return (0, true, isNameRow);
        if (isNameRow || first == WordTableLabel.ProjectCode) return (1, false, isNameRow);
        return (-1, false, false);
    }
}
