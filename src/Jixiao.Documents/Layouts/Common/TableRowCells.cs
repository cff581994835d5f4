using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Common;

/// <summary>Cells of a tab-separated table line, and the small tests the budget table reader makes on them.</summary>
internal static class TableRowCells
{
    /// <summary>The line's cells: bold markup removed, trimmed, a blank cell null.</summary>
    public static string?[] Split(string line)
    {
        var text = line.Contains('<') || line.Contains('*') ? TextNormalizer.StripMarkup(line) : line;
        var parts = text.Split('\t');
        var cells = new string?[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var cell = parts[i].Trim();
            cells[i] = cell.Length == 0 ? null : cell;
        }
        return cells;
    }

    /// <summary>Two or more filled cells.</summary>
    public static bool IsTableLine(string line)
    {
        if (!line.Contains('\t')) return false;
        var filled = 0;
        var span = line.AsSpan();
        foreach (var range in span.Split('\t'))
            if (!span[range].IsWhiteSpace() && ++filled >= 2) return true;
        return false;
    }

    public static int FilledCount(string?[] cells)
    {
        var n = 0;
        foreach (var c in cells)
            if (c is not null) n++;
        return n;
    }

    /// <summary>Index after the last filled cell.</summary>
    public static int Width(string?[] cells)
    {
        var w = cells.Length;
        while (w > 0 && cells[w - 1] is null) w--;
        return w;
    }

    /// <summary>An amount or count as printed: digits with an optional sign, thousands commas, one decimal point, %.</summary>
    public static bool IsNumber(string? cell)
    {
        if (cell is null) return false;
        var s = cell.AsSpan();
        if (s.Length > 0 && s[0] is '-' or '+') s = s[1..];
        if (s.Length > 0 && s[^1] is '%' or '％') s = s[..^1];
        var digits = 0;
        var points = 0;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c)) digits++;
            else if (c == '.') points++;
            else if (c != ',') return false;
        }
        return digits > 0 && points <= 1;
    }

    /// <summary>A whole positive number: a 序号.</summary>
    public static bool IsSequenceNumber(string? cell)
    {
        if (cell is null || cell.Length > 4) return false;
        foreach (var c in cell)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    /// <summary>Whitespace removed: PDF extraction spaces out header words ("项 目", "一般公共预 算财政拨款").</summary>
    public static string Compact(string? cell)
    {
        if (cell is null) return "";
        foreach (var c in cell)
            if (char.IsWhiteSpace(c)) return TextNormalizer.RemoveWhitespace(cell);
        return cell;
    }
}
