using System.Globalization;
using System.Xml.Linq;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Sources.Html;

/// <summary>
/// A table in the shape of a Word table exported as text, which the layout readers know (docs/layouts/word-table.md):
/// each cell on a line of its own starting with a tab, further paragraphs of the cell on untabbed lines after it, a
/// blank line after each row. A cell covered by a rowspan from above is an empty cell line, as Word prints a
/// vertically merged cell; a colspan cell is one cell, as Word prints a horizontally merged one. Rows are taken in
/// document order from thead, tbody and tfoot; a table nested in a cell gives its text to that cell.
/// The same cells go into the neutral model with their rowspan and colspan (<see cref="GridTableBuilder"/>).
/// </summary>
internal static class HtmlTableLines
{
    public static void Add(List<string> lines, XElement table, GridTableBuilder grid)
    {
        // Column → (rows still covered, columns the covering cell spans).
        var covered = new SortedDictionary<int, (int Rows, int Span)>();
        foreach (var row in Rows(table))
        {
            grid.Row();
            var column = 0;
            var wrote = false;
            foreach (var cell in row.Elements().Where(e => e.Name.LocalName is "td" or "th"))
            {
                column = EmitCovered(lines, covered, column, ref wrote);
                var text = InlineText.Of(cell);
                var span = Number(cell, "colspan");
                var rowSpan = Number(cell, "rowspan");
                grid.Cell(text, lines.Count, span, rowSpan);
                var parts = text.Length == 0 ? [""] : text.Split('\n');
                lines.Add("\t" + parts[0]);
                for (var i = 1; i < parts.Length; i++) lines.Add(parts[i]);
                wrote = true;
                if (rowSpan > 1) covered[column] = (rowSpan - 1, span);
                column += span;
            }
            EmitCovered(lines, covered, column, ref wrote, toEnd: true);
            if (wrote) lines.Add("");
        }
    }

    /// <summary>Writes an empty cell line for each rowspan covering <paramref name="column"/> onwards; the next free column.</summary>
    private static int EmitCovered(List<string> lines, SortedDictionary<int, (int Rows, int Span)> covered, int column, ref bool wrote, bool toEnd = false)
    {
        while (true)
        {
            int? at = null;
            foreach (var key in covered.Keys)
                if (key == column || (toEnd && key >= column)) { at = key; break; }
            if (at is not { } c) return column;
            var (rows, span) = covered[c];
            lines.Add("\t");
            wrote = true;
            if (rows <= 1) covered.Remove(c); else covered[c] = (rows - 1, span);
            column = c + span;
        }
    }

    private static IEnumerable<XElement> Rows(XElement table)
    {
        foreach (var child in table.Elements())
        {
            var name = child.Name.LocalName;
            if (name == "tr") yield return child;
            else if (name is "thead" or "tbody" or "tfoot")
                foreach (var tr in child.Elements().Where(e => e.Name.LocalName == "tr")) yield return tr;
        }
    }

    private static int Number(XElement cell, string attribute)
    {
        var value = cell.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(attribute, StringComparison.OrdinalIgnoreCase))?.Value;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? Math.Min(n, 1000) : 1;
    }
}
