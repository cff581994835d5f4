using System.Text;

namespace Jixiao.Documents.Text;

/// <summary>Character clean-up shared by every reader.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// Replaces Kangxi radicals (U+2F00–U+2FDF) and CJK radical supplements (U+2E80–U+2EFF) by their
    /// NFKC equivalents. Only these: a whole-text NFKC would also turn （ into ( and ： into :, changing
    /// what the document wrote.
    /// </summary>
    public static string FoldRadicals(string text)
    {
        var i = 0;
        for (; i < text.Length; i++)
            if (IsRadical(text[i])) break;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            sb.Append(IsRadical(c) ? c.ToString().Normalize(NormalizationForm.FormKC) : c.ToString());
        }
        return sb.ToString();
    }

    /// <summary>
    /// Removes the control characters a document never means to print: C0 (U+0000–U+001F) except tab, line feed and
    /// carriage return, and DEL (U+007F). XML 1.0 cannot hold them, so a Word or Excel export would fail on them, and
    /// PostgreSQL refuses NUL in text; form feeds from pdftotext page breaks go too. Returns the same instance when
    /// there is nothing to remove.
    /// </summary>
    public static string StripControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        for (; i < text.Length; i++)
            if (IsStrippedControl(text[i])) break;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
            if (!IsStrippedControl(text[i])) sb.Append(text[i]);
        return sb.ToString();
    }

    /// <summary>True for the characters <see cref="StripControlCharacters"/> removes.</summary>
    public static bool IsStrippedControl(char c) => c is (< ' ' and not '\t' and not '\n' and not '\r') or '\u007F';

    private static bool IsRadical(char c) => c is >= '\u2E80' and <= '\u2EFF' or >= '\u2F00' and <= '\u2FDF';

    /// <summary>Removes all whitespace (ASCII, full-width and no-break spaces), e.g. to rejoin a code split by a line break.</summary>
    public static string RemoveWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Strips PDF-derived bold markup (&lt;b&gt;…&lt;/b&gt;) and Markdown emphasis (**…**).</summary>
    public static string StripMarkup(string text) =>
        text.Replace("<b>", "", StringComparison.Ordinal).Replace("</b>", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal);
}
