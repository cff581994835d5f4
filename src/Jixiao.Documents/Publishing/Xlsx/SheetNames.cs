using System.Globalization;
using System.Text;

namespace Jixiao.Documents.Publishing.Xlsx;

/// <summary>
/// Hands out worksheet names Excel accepts: at most 31 characters, none of <c>[ ] : * ? / \</c>, not starting
/// or ending with an apostrophe, not the reserved "History", and unique within the workbook (Excel compares
/// names case-insensitively). A name that collides gets " (2)", " (3)" … with its base shortened to fit.
/// </summary>
public sealed class SheetNames
{
    public const int MaxLength = 31;
    private static readonly char[] Forbidden = ['[', ']', ':', '*', '?', '/', '\\'];
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when Excel would accept <paramref name="name"/> as a sheet name on its own.</summary>
    public static bool IsValid(string name) =>
        name.Length is > 0 and <= MaxLength
        && name.IndexOfAny(Forbidden) < 0
        && !name.Any(char.IsControl)
        && name[0] != '\'' && name[^1] != '\''
        && !name.Equals("History", StringComparison.OrdinalIgnoreCase);

    /// <summary>A valid, not yet used name from <paramref name="wanted"/>; <paramref name="fallback"/> when nothing usable remains.</summary>
    public string Take(string wanted, string fallback = "Sheet")
    {
        var clean = Clean(wanted);
        if (clean.Length == 0 || clean.Equals("History", StringComparison.OrdinalIgnoreCase)) clean = Clean(fallback);
        var candidate = Shorten(clean, MaxLength);
        for (var n = 2; !_used.Add(candidate); n++)
        {
            var suffix = string.Create(CultureInfo.InvariantCulture, $" ({n})");
            candidate = Shorten(clean, MaxLength - suffix.Length).TrimEnd() + suffix;
        }
        return candidate;
    }

    /// <summary>Keeps the first <paramref name="length"/> characters without splitting a surrogate pair.</summary>
    public static string Shorten(string text, int length)
    {
        if (text.Length <= length) return text;
        var cut = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut].TrimEnd().TrimEnd('\'');
    }

    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            // Forbidden characters and line breaks become a space; runs of spaces collapse to one.
            var ch = Array.IndexOf(Forbidden, c) >= 0 || char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c;
            if (ch == ' ' && (lastWasSpace || sb.Length == 0)) continue;
            sb.Append(ch);
            lastWasSpace = ch == ' ';
        }
        return sb.ToString().Trim().Trim('\'').Trim();
    }
}
