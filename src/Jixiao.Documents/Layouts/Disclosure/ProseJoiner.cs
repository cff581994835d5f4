using Jixiao.Documents.Text;

namespace Jixiao.Documents.Layouts.Disclosure;

/// <summary>
/// Joins a disclosure's prose lines into paragraphs. A line goes on the open paragraph when that paragraph has not
/// ended its sentence (。！？：) and the line is neither a Markdown heading nor numbered (一、 （二） 3.): so a sentence
/// or a quotation broken by a line break, a blank line, a page number or a page break is one paragraph. Table rows
/// and 目录 entries close the paragraph and are left out; hidden lines (text the printed page does not show) are skipped.
/// </summary>
internal static class ProseJoiner
{
    public static List<JoinedParagraph> Join(IReadOnlyList<SourceLine> lines, ISet<int> hidden)
    {
        var result = new List<JoinedParagraph>();
        JoinedParagraph? open = null;
        void Close()
        {
            if (open is { IsEmpty: false }) result.Add(open);
            open = null;
        }

        foreach (var line in lines)
        {
            if (hidden.Contains(line.Number)) continue;
            var raw = line.Text;
            if (string.IsNullOrWhiteSpace(raw) || ProseLines.IsPageNumber(raw)) continue;
            if (ProseLines.IsTableRow(raw) || ProseLines.IsContentsEntry(raw))
            {
                Close();
                continue;
            }
            var clean = ProseLines.Clean(raw);
            if (clean.Length == 0) continue;
            var continues = open is not null && !open.IsHeading && !ProseLines.EndsSentence(open.Last)
                && !ProseLines.IsMarkdownHeading(raw) && !ProseLines.StartsNumbered(clean);
            if (!continues)
            {
                Close();
                open = new JoinedParagraph { IsHeading = ProseLines.IsHeading(raw, clean) };
            }
            open!.Append(line.Number, clean);
        }
        Close();
        return result;
    }
}
