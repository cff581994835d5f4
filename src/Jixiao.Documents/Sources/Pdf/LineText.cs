using System.Text;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Builds the text of a <see cref="VisualLine"/> from glyph positions. PDF producers rarely keep the spaces of the
/// original: some draw a space glyph, some only move the pen. So spacing is read from both:
/// <list type="bullet">
/// <item>a drawn space glyph is kept (as many as were drawn: a value keeps its spaces exactly);</item>
/// <item>without one, a gap wider than 0.25 em between non-CJK characters is a space; between two CJK characters
/// a gap must exceed 1 em, because justified Chinese lines stretch the spacing between every character;</item>
/// <item>a space drawn at the end of a line (a wrap at a space) is kept as one trailing space, for the join;</item>
/// <item>where cells may be split (text outside ruled tables), a gap wider than <see cref="CellGapEm"/> em is a
/// column gap and becomes a tab.</item>
/// </list>
/// A glyph drawn twice at the same place (fake bold) is read once.
/// </summary>
internal static class LineText
{
    /// <summary>
    /// Column gap, in em of the line's font size. Body text never has a 2-em hole inside a line (justification
    /// stretches Chinese text by fractions of an em), while the columns of an unruled table are set apart by at
    /// least two characters' width in the published layouts we have seen.
    /// </summary>
    public const double CellGapEm = 2.0;

    public static string Build(VisualLine line, bool splitCells)
    {
        var sb = new StringBuilder(line.Glyphs.Count + 8);
        Glyph? previous = null;
        var spaces = 0;
        foreach (var g in line.Glyphs)
        {
            if (g.IsSpace)
            {
                if (previous is not null) spaces++;
                continue;
            }
            if (previous is { } p)
            {
                // Fake bold and shadowed text draw the same character twice, slightly offset.
                if (g.Text == p.Text && Math.Abs(g.Left - p.Left) < 0.3 * g.Size) continue;
                var gap = g.Left - p.Right;
                var em = Math.Max(p.Size, g.Size);
                if (splitCells && gap > CellGapEm * em) sb.Append('\t');
                else if (spaces > 0) sb.Append(' ', spaces);
                else if (gap > (IsCjk(LastChar(p)) && IsCjk(g.Text[0]) ? 1.0 : 0.25) * em) sb.Append(' ');
            }
            sb.Append(g.Text);
            previous = g;
            spaces = 0;
        }
        // A space drawn at the end of the line is where the producer wrapped a line at a space: one space is kept
        // so that joining the next line keeps it (2024 年 11 月 / 30 日 → 2024 年 11 月 30 日); callers trim the ends.
        if (spaces > 0) sb.Append(' ');
        return sb.ToString();
    }

    private static char LastChar(Glyph g) => g.Text[^1];

    /// <summary>CJK ideographs and the full-width punctuation set between them.</summary>
    public static bool IsCjk(char c) => c switch
    {
        >= '\u4E00' and <= '\u9FFF' => true,
        >= '\u3400' and <= '\u4DBF' => true,
        >= '\uF900' and <= '\uFAFF' => true,
        >= '\u2E80' and <= '\u2FDF' => true,   // radicals (folded later by SourceText)
        >= '\u3000' and <= '\u303F' => true,
        >= '\uFF00' and <= '\uFFEF' => true,
        '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u2014' => true,
        _ => false,
    };

    /// <summary>
    /// Width of what a line starts with that a producer would not break: the first character and the characters
    /// after it up to the next CJK ideograph or space — a CJK character with the punctuation that may not begin a
    /// line (<c>况）*100%</c>), or a number or word with its brackets (<c>【2023】24</c>); an opening bracket or quote,
    /// which may not end a line, with the character after it (<c>（社</c>). It errs long, so a doubtful
    /// wrap is read as a continuation (no space inserted) rather than as a paragraph break.
    /// </summary>
    public static double FirstRunWidth(VisualLine line)
    {
        var glyphs = line.Glyphs;
        var i = 0;
        while (i < glyphs.Count && glyphs[i].IsSpace) i++;
        if (i == glyphs.Count) return 0;
        var end = i + 1;
        // An opening bracket or quote may not end a line: it goes with the character after it (（社, 《法, （一）).
        if (IsOpening(glyphs[i].Text[^1]) && end < glyphs.Count && !glyphs[end].IsSpace) end++;
        while (end < glyphs.Count && !glyphs[end].IsSpace && !IsIdeograph(glyphs[end].Text[0])) end++;
        return glyphs[end - 1].Right - glyphs[i].Left;
    }

    private static bool IsOpening(char c) => c is '（' or '《' or '“' or '【' or '〔' or '(' or '[' or '‘' or '「' or '『' or '〈' or '［' or '｛' or '{';

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>
    /// Joins the lines of one wrapped cell or paragraph: directly (no space) unless both sides are Latin letters,
    /// where the producer wrapped at a space it did not draw. Digits join directly: a number or code broken by
    /// the cell width must stay one number.
    /// </summary>
    public static string JoinWrapped(string head, string tail)
    {
        if (head.Length == 0) return tail;
        if (tail.Length == 0) return head;
        if (head[^1] == ' ' || tail[0] == ' ') return head + tail;
        return char.IsAsciiLetter(head[^1]) && char.IsAsciiLetter(tail[0]) ? head + " " + tail : head + tail;
    }
}
