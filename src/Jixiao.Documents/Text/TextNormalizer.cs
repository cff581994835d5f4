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
