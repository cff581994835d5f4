using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Publishing.Layout;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>Small factories for the paragraphs the writers emit; text is written exactly as given.</summary>
internal static class DocxParagraphs
{
    public static Paragraph Styled(string styleId, string? text)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        if (!string.IsNullOrEmpty(text)) paragraph.Append(TextRun(text));
        return paragraph;
    }

    /// <summary>A paragraph of the layout in the style of its role; prose gets its first-line indent.</summary>
    public static Paragraph Of(TextBlock block) => block.Role switch
    {
        TextRole.CoverTitle => Styled(DocxStyles.CoverTitle, block.Text),
        TextRole.CoverSubtitle => Styled(DocxStyles.CoverSubtitle, block.Text),
        TextRole.ContentsTitle => Styled(DocxStyles.ContentsTitle, block.Text),
        TextRole.ContentsPart => Styled(DocxStyles.TocEntry1, block.Text),
        TextRole.ContentsSection => Styled(DocxStyles.TocEntry2, block.Text),
        TextRole.PartHeading => Styled(DocxStyles.PartHeading, block.Text),
        TextRole.SectionHeading => Styled(DocxStyles.SectionHeading, block.Text),
        TextRole.UnitLine => Styled(DocxStyles.UnitLine, block.Text),
        TextRole.MoneyUnitLine => Styled(DocxStyles.MoneyUnitLine, block.Text),
        _ => Prose(block.Text),
    };

    /// <summary>
    /// A body paragraph with the first-line indent of two characters used in official prose. The indent is also given
    /// in twips: LibreOffice ignores firstLineChars alone, and without a visible indent a PDF of the document cannot
    /// tell where one paragraph ends and the next begins.
    /// </summary>
    public static Paragraph Prose(string text) => new(
        new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Normal }, new Indentation { FirstLineChars = 200, FirstLine = "420" }),
        TextRun(text));

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>
    /// A run of text (cleaned: <see cref="PublishedText"/>); xml:space="preserve" only where leading or trailing spaces
    /// would otherwise be lost.
    /// </summary>
    public static Run TextRun(string text)
    {
        text = PublishedText.Clean(text);
        var t = new DocumentFormat.OpenXml.Wordprocessing.Text(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
            t.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
        return new Run(t);
    }
}
