using System.Text;

namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>
/// Wraps text into lines no wider than a measured width. Chinese text may break between any two characters;
/// a run of Latin letters, digits and signs (<c>≥95%</c>, <c>13.72</c>, <c>2024年</c>'s <c>2024</c>,
/// <c>13073022P00836110007Y</c>) is kept whole unless it is wider than the line by itself. Closing punctuation
/// (，。、）%…) never starts a line and opening punctuation (（“《) never ends one. Spaces are kept as written
/// except at a break, where the space is where the line ends. Text is never changed: the lines joined give the input.
/// </summary>
internal static class LineBreaker
{
    public static List<string> Wrap(string text, TextStyle style, float width, PdfFonts fonts, float firstLineIndent = 0)
    {
        var lines = new List<string>();
        // Cleaned here, where every paragraph and cell enters the page: a control character has no glyph to draw.
        foreach (var paragraph in PublishedText.Clean(text).Split('\n'))
            WrapParagraph(paragraph, style, width, fonts, firstLineIndent, lines);
        return lines;
    }

    private static void WrapParagraph(string text, TextStyle style, float width, PdfFonts fonts, float indent, List<string> lines)
    {
        if (text.Length == 0) { lines.Add(""); return; }
        var line = new StringBuilder();
        var lineWidth = 0f;
        var available = width - indent;
        foreach (var token in Tokens(text))
        {
            var tokenWidth = fonts.Measure(token, style);
            if (lineWidth + tokenWidth <= available || line.Length == 0 && tokenWidth <= available)
            {
                line.Append(token);
                lineWidth += tokenWidth;
                continue;
            }
            if (line.Length > 0 && !string.IsNullOrWhiteSpace(line.ToString()))
            {
                // A space token that does not fit ends the line (kept on it, so no character is lost).
                if (string.IsNullOrWhiteSpace(token)) { line.Append(token); continue; }
                lines.Add(line.ToString());
                line.Clear();
                lineWidth = 0;
                available = width;
            }
            if (tokenWidth <= available) { line.Append(token); lineWidth = tokenWidth; continue; }
            // A token wider than a whole line is broken by characters.
            foreach (var piece in BreakLong(token, style, available, width, fonts))
            {
                if (line.Length > 0) { lines.Add(line.ToString()); line.Clear(); available = width; }
                line.Append(piece);
                lineWidth = fonts.Measure(piece, style);
            }
        }
        lines.Add(line.ToString());
    }

    private static IEnumerable<string> BreakLong(string token, TextStyle style, float first, float width, PdfFonts fonts)
    {
        var piece = new StringBuilder();
        var available = first;
        for (var i = 0; i < token.Length; i++)
        {
            var length = char.IsHighSurrogate(token[i]) && i + 1 < token.Length ? 2 : 1;
            var candidate = piece + token.Substring(i, length);
            if (piece.Length > 0 && fonts.Measure(candidate, style) > available)
            {
                yield return piece.ToString();
                piece.Clear();
                available = width;
            }
            piece.Append(token, i, length);
            i += length - 1;
        }
        if (piece.Length > 0) yield return piece.ToString();
    }

    /// <summary>Break units: a CJK character (with the closing punctuation after it and opening punctuation before it), a run of other non-space characters, a run of spaces.</summary>
    internal static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ' || c == '\u3000')
            {
                while (i < text.Length && (text[i] == ' ' || text[i] == '\u3000')) token.Append(text[i++]);
            }
            else if (IsOpening(c))
            {
                while (i < text.Length && IsOpening(text[i])) token.Append(text[i++]);
                if (i < text.Length && text[i] != ' ') AppendUnit(text, ref i, token);
            }
            else AppendUnit(text, ref i, token);
            while (i < text.Length && IsClosing(text[i])) token.Append(text[i++]);
            yield return token.ToString();
            token.Clear();
        }
    }

    /// <summary>One CJK character, or a run of characters that must stay together (Latin, digits, signs).</summary>
    private static void AppendUnit(string text, ref int i, StringBuilder token)
    {
        if (IsBreakable(text[i]))
        {
            token.Append(text[i++]);
            if (i < text.Length && char.IsLowSurrogate(text[i])) token.Append(text[i++]);
            return;
        }
        while (i < text.Length && !IsBreakable(text[i]) && text[i] != ' ' && text[i] != '\u3000' && !IsOpening(text[i])) token.Append(text[i++]);
    }

    /// <summary>Characters a line may break after: CJK ideographs, kana, full-width forms and CJK punctuation.</summary>
    private static bool IsBreakable(char c) =>
        c is >= '\u2E80' and <= '\u9FFF' || c is >= '\uF900' and <= '\uFAFF' || c is >= '\uFE30' and <= '\uFE4F'
        || c is >= '\uFF01' and <= '\uFF60' || char.IsHighSurrogate(c);

    private static bool IsClosing(char c) =>
        c is '，' or '。' or '、' or '；' or '：' or '！' or '？' or '）' or '》' or '」' or '』' or '】' or '〕' or '”' or '’' or '…'
            or ',' or '.' or ';' or ':' or ')' or ']' or '%' or '％' or '!' or '?';

    private static bool IsOpening(char c) => c is '（' or '《' or '「' or '『' or '【' or '〔' or '“' or '‘' or '(' or '[';
}
