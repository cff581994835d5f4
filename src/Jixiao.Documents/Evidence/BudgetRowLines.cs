using Jixiao.Core.Model;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Evidence;

/// <summary>
/// Finds the source line each row of a 预算公开表 was read from. The table model keeps only its title's line, so the
/// rows are matched to the lines below the title in order: a line whose cells (whitespace removed) are the row's
/// non-blank cells, else the next line containing all of them. Rows are printed in order, so each search starts after
/// the previous match; a row that cannot be matched gets 0 and its finding falls back to the table's title line.
/// </summary>
internal static class BudgetRowLines
{
    /// <summary>How far below the previous row to look: a page break repeats the header and the page furniture.</summary>
    private const int SearchWindow = 60;

    public static int[] Map(BudgetTable table, SourceText text)
    {
        var result = new int[table.Rows.Count];
        var next = Math.Max(table.SourceLine, 1);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Where(c => !string.IsNullOrWhiteSpace(c)).Select(Squash).ToArray();
            if (cells.Length == 0) continue;
            var line = Find(text, next, cells);
            if (line == 0) continue;
            result[r] = line;
            next = line + 1;
        }
        return result;
    }

    private static int Find(SourceText text, int from, string[] cells)
    {
        var last = Math.Min(text.Lines.Count, from + SearchWindow);
        for (var n = from; n <= last; n++)
        {
            var lineCells = text.Lines[n - 1].Cells().Where(c => c.Length > 0).Select(Squash).ToArray();
            if (lineCells.SequenceEqual(cells)) return n;
        }
        // A cell wrapped or split differently: every cell of the row appears in the line, in order.
        for (var n = from; n <= last; n++)
        {
            var squashed = Squash(text.Lines[n - 1].Text);
            var at = 0;
            var all = true;
            foreach (var c in cells)
            {
                var i = squashed.IndexOf(c, at, StringComparison.Ordinal);
                if (i < 0) { all = false; break; }
                at = i + c.Length;
            }
            if (all) return n;
        }
        return 0;
    }

    private static string Squash(string? s) => string.Concat((s ?? "").Where(c => !char.IsWhiteSpace(c)));
}
