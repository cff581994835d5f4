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

    [GeneratedRegex(@"^([0-9]+)\. ?")]
    private static partial Regex Number();
}
