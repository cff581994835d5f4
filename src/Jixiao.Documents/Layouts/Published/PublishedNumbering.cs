using System.Text.RegularExpressions;

namespace Jixiao.Documents.Layouts.Published;

/// <summary>
/// Undoes the publisher's numbering of lists (绩效目标, 保障措施): two or more items are printed "1.…", "2.…"
/// (the workbook adds a space after the point); in Word a single item is printed as written, so it is never stripped,
/// while the workbook numbers even a single item.
/// </summary>
internal static partial class PublishedNumbering
{
    public static List<string> Items(IReadOnlyList<string> printed, bool alwaysNumbered = false)
    {
        var items = printed.Where(p => p.Length > 0).ToList();
        if (items.Count < (alwaysNumbered ? 1 : 2)) return items;
        for (var i = 0; i < items.Count; i++)
        {
            var m = Number().Match(items[i]);
            if (!m.Success || m.Groups[1].Value != (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) return items;
        }
        return [.. items.Select(p => Number().Replace(p, "", 1))];
    }

    /// <summary>
    /// The paragraphs of a list printed in one cell (a project's 绩效目标). The .docx lines keep them apart ('\n');
    /// when the lines joined them with a space (PDF), the publisher's numbering tells them apart again: "1.… 2.… 3.…"
    /// splits before each next number in sequence (" 2.5万元" is a figure, not the next item: a digit follows the
    /// point). A single goal is printed without a number, so a cell not starting with "1." is one paragraph.
    /// </summary>
    public static List<string> CellParagraphs(string cell, bool paragraphsJoined)
    {
        if (!paragraphsJoined || !cell.StartsWith("1.", StringComparison.Ordinal)) return [.. cell.Split('\n')];
        var parts = new List<string>();
        var start = 0;
        var n = 2;
        var from = 0;
        while (true)
        {
            var marker = " " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";
            var next = cell.IndexOf(marker, from, StringComparison.Ordinal);
            if (next < 0) break;
            var after = next + marker.Length;
            if (after < cell.Length && char.IsAsciiDigit(cell[after])) { from = after; continue; }
            parts.Add(cell[start..next]);
            start = from = next + 1;
            n++;
        }
        parts.Add(cell[start..]);
        return parts;
    }

    [GeneratedRegex(@"^([0-9]+)\. ?")]
    private static partial Regex Number();
}
