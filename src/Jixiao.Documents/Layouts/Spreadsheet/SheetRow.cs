using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// One spreadsheet row as Excel writes it to text: the line's tab-separated cells, each trimmed. An empty
/// cell is a blank or merged cell; the number of leading empty cells is not reliable (rows lose or gain
/// them part-way down a table), so readers look at what a cell holds, not at its index.
/// </summary>
internal sealed class SheetRow
{
    public SheetRow(SourceLine line)
    {
        Line = line.Number;
        Text = line.Text;
        Cells = line.Text.Split('\t');
        for (var i = 0; i < Cells.Length; i++) Cells[i] = Cells[i].Trim();
    }

    /// <summary>1-based line in the source.</summary>
    public int Line { get; }

    /// <summary>The line as written, for reporting an unplaced row.</summary>
    public string Text { get; }

    public string[] Cells { get; }

    public bool IsEmpty => NextFilled(0) < 0;

    /// <summary>Index of the first non-empty cell at or after <paramref name="start"/>; -1 when there is none.</summary>
    public int NextFilled(int start)
    {
        for (var i = Math.Max(start, 0); i < Cells.Length; i++)
            if (Cells[i].Length > 0) return i;
        return -1;
    }

    public int FilledCount
    {
        get
        {
            var n = 0;
            foreach (var c in Cells)
                if (c.Length > 0) n++;
            return n;
        }
    }

    /// <summary>The only non-empty cell of the row, or null when the row has none or several.</summary>
    public string? SoleCell
    {
        get
        {
            var first = NextFilled(0);
            return first >= 0 && NextFilled(first + 1) < 0 ? Cells[first] : null;
        }
    }

    /// <summary>True when some cell, as a label key (<see cref="SheetLabel.Key"/>), equals <paramref name="label"/>.</summary>
    public bool HasLabel(string label) => IndexOfLabel(label) >= 0;

    public int IndexOfLabel(string label)
    {
        for (var i = 0; i < Cells.Length; i++)
            if (Cells[i].Length > 0 && SheetLabel.Is(Cells[i], label)) return i;
        return -1;
    }
}
