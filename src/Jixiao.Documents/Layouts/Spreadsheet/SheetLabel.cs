using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Spreadsheet;

/// <summary>
/// Compares a form cell with a label such as 年度资金总额 or 财政拨款 the way people type them:
/// "年度资金总额:", "其中: 财政拨款", "资金情况 (万元)" all name their label.
/// </summary>
internal static class SheetLabel
{
    /// <summary>
    /// The cell as a label: whitespace removed, then a trailing colon, a trailing bracketed note
    /// ("(万元)", "（万元）") and a leading "其中" with its colon removed.
    /// </summary>
    public static string Key(string cell)
    {
        var s = HasWhitespace(cell) ? TextNormalizer.RemoveWhitespace(cell) : cell;
        s = s.TrimEnd(':', '：');
        if (s.Length > 0 && s[^1] is ')' or '）')
        {
            var open = s.LastIndexOfAny(['(', '（']);
            if (open > 0) s = s[..open].TrimEnd(':', '：');
        }
        if (s.StartsWith("其中", StringComparison.Ordinal)) s = s[2..].TrimStart(':', '：', ',', '，');
        return s;
    }

    public static bool Is(string cell, string label)
    {
        // Key only shortens a cell, so a shorter cell can never be the label.
        if (cell.Length < label.Length) return false;
        return cell.Equals(label, StringComparison.Ordinal) || Key(cell).Equals(label, StringComparison.Ordinal);
    }

    /// <summary>Splits a one-cell "label：value" line ("预算年度:2023"); false when it has no colon.</summary>
    public static bool TrySplitPair(string cell, out string label, out string value)
    {
        var colon = cell.AsSpan().IndexOfAny(':', '：');
        if (colon <= 0)
        {
            label = value = "";
            return false;
        }
        label = Key(cell[..colon]);
        value = cell[(colon + 1)..].Trim();
        return true;
    }

    private static bool HasWhitespace(string s)
    {
        foreach (var c in s)
            if (char.IsWhiteSpace(c)) return true;
        return false;
    }
}
