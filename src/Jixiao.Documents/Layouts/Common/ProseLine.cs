using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Common;

/// <summary>
/// One source line prepared for prose reading: Word bookmarks (<c>[bookmark: _Toc…]</c>), Markdown heading marks,
/// bold markup and surrounding whitespace removed; its outline number recognised.
/// </summary>
/// <param name="Number">1-based source line number.</param>
/// <param name="Text">The whole cleaned line, numbering included.</param>
/// <param name="Content">The line after its outline number (the whole line when it has none).</param>
/// <param name="Level">The outline level of its number, if numbered.</param>
/// <param name="IsMarkdownHeading">Written as a Markdown heading (#…).</param>
/// <param name="IsBookmarked">Carries a Word bookmark, which Word puts on headings (目录 targets).</param>
/// <param name="IsTableRow">Two or more tab-separated filled cells: a table row, not prose.</param>
internal readonly record struct ProseLine(
    int Number,
    string Text,
    string Content,
    OutlineLevel Level,
    bool IsMarkdownHeading,
    bool IsBookmarked,
    bool IsTableRow)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>
    /// A heading rather than a paragraph: marked as one (Markdown, Word bookmark), or a short numbered line
    /// without a full stop. A heading never continues on the next line.
    /// </summary>
    public bool IsHeadingLike =>
        IsMarkdownHeading || IsBookmarked || (Level != OutlineLevel.None && Content.Length <= 30 && !Content.Contains('。'));

    public static ProseLine From(SourceLine line)
    {
        var s = line.Text.AsSpan().Trim();
        var isTableRow = false;
        if (s.Contains('\t'))
        {
            // One filled cell (Word text indents paragraphs with a tab) is prose; two or more are a table row.
            var filled = 0;
            ReadOnlySpan<char> only = default;
            foreach (var range in s.Split('\t'))
            {
                var cell = s[range].Trim();
                if (cell.IsEmpty) continue;
                filled++;
                only = cell;
            }
            if (filled >= 2) isTableRow = true;
            else s = only;
        }
        var bookmarked = false;
        while (s.StartsWith("[bookmark:", StringComparison.Ordinal))
        {
            var close = s.IndexOf(']');
            if (close < 0) break;
            s = s[(close + 1)..].TrimStart();
            bookmarked = true;
        }
        var markdown = false;
        var hashes = 0;
        while (hashes < s.Length && s[hashes] == '#') hashes++;
        if (hashes is > 0 and <= 6 && (hashes == s.Length || s[hashes] == ' '))
        {
            s = s[hashes..].Trim();
            markdown = true;
        }
        var text = s.Contains('<') || s.Contains('*') ? TextNormalizer.StripMarkup(s.ToString()).Trim() : s.ToString();
        var level = OutlineNumbering.Parse(text, out var start);
        var content = level == OutlineLevel.None ? text : text[start..].Trim();
        return new ProseLine(line.Number, text, content, level, markdown, bookmarked, isTableRow);
    }
}
