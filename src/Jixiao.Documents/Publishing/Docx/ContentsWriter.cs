using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Publishing.Layout;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>
/// Writes the 目录 as a Word TOC field over the part and section headings whose cached result already lists every
/// entry the layout gives, so the 目录 reads correctly before Word has paginated; 更新域 in Word adds the page numbers.
/// </summary>
internal static class ContentsWriter
{
    /// <summary>Appends the title and one paragraph per entry (<see cref="TextRole.ContentsPart"/> or <see cref="TextRole.ContentsSection"/>).</summary>
    public static void Write(Body body, string title, IReadOnlyList<TextBlock> entries)
    {
        body.Append(DocxParagraphs.Styled(DocxStyles.ContentsTitle, title));
        var paragraphs = new List<Paragraph>(entries.Count);
        foreach (var entry in entries)
            paragraphs.Add(DocxParagraphs.Styled(entry.Role == TextRole.ContentsPart ? DocxStyles.TocEntry1 : DocxStyles.TocEntry2, entry.Text));
        if (paragraphs.Count == 0) paragraphs.Add(DocxParagraphs.Styled(DocxStyles.TocEntry1, null));
        // The field begins in the first entry's paragraph (after its properties) and ends in the last one's.
        var first = paragraphs[0];
        first.InsertAfter(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), first.ParagraphProperties);
        first.InsertAfter(new Run(new FieldCode(" TOC \\o \"1-2\" \\u ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }), first.ParagraphProperties);
        first.InsertAfter(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), first.ParagraphProperties);
        paragraphs[^1].Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        foreach (var p in paragraphs) body.Append(p);
    }
}
