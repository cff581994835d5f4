using System.Text;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Publishing;

/// <summary>
/// 写出时的文本清理: what every publisher (Word, Excel, PDF, web page) does to a stored text as it writes it.
/// Control characters are stripped on the way in since issue 19 (<see cref="TextNormalizer.StripControlCharacters"/>),
/// but a document stored before that may still hold 0x01 or 0x1B, and XML 1.0 (Word, Excel, XHTML) cannot carry them:
/// the Word export of such a document answered 500, also to the public. So the writers clean again, by the same rule
/// as the way in (the characters are removed, as an import today would), plus what XML forbids besides: U+FFFE,
/// U+FFFF, and a surrogate without its pair (replaced by U+FFFD, so that the reader sees something was there).
/// </summary>
public static class PublishedText
{
    /// <summary>The text as it may be written; the same string when nothing needs cleaning (the usual case).</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var i = 0;
        while (i < text.Length && IsWritable(text, i, out var width)) i += width;
        if (i == text.Length) return text;
        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, i);
        while (i < text.Length)
        {
            if (IsWritable(text, i, out var width)) clean.Append(text, i, width);
            else if (char.IsSurrogate(text[i])) clean.Append('\uFFFD');
            i += width;
        }
        return clean.ToString();
    }

    /// <summary>Whether the character (or surrogate pair) at <paramref name="i"/> may be written; <paramref name="width"/> is its length.</summary>
    private static bool IsWritable(string text, int i, out int width)
    {
        var c = text[i];
        width = 1;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return true;
        }
        return !char.IsSurrogate(c) && !TextNormalizer.IsStrippedControl(c) && c is not ('\uFFFE' or '\uFFFF');
    }
}
