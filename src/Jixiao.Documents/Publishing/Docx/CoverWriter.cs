using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>
/// Writes the cover (部门名称 and <c>YYYY年部门预算绩效目标</c>) and the 目录: a Word TOC field over the
/// part and section headings whose cached result already lists every heading, so the 目录 reads correctly
/// before Word has paginated; 更新域 in Word adds the page numbers.
/// </summary>
internal static class CoverWriter
{
    public static void WriteCover(Body body, TargetDocument document)
    {
        body.Append(DocxParagraphs.Styled(DocxStyles.CoverTitle, document.Department?.Name));
        body.Append(DocxParagraphs.Styled(DocxStyles.CoverSubtitle, CoverSubtitle(document.FiscalYear)));
        body.Append(DocxParagraphs.PageBreak());
    }

    internal static string CoverSubtitle(int? fiscalYear) =>
        fiscalYear is { } year ? $"{year}年部门预算绩效目标" : "部门预算绩效目标";

    /// <summary>Writes 目录 listing <paramref name="headings"/> (level 1 or 2, text).</summary>
    public static void WriteContents(Body body, IReadOnlyList<(int Level, string Text)> headings)
    {
        body.Append(DocxParagraphs.Styled(DocxStyles.ContentsTitle, "目录"));
        var begin = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TocEntry1 }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" TOC \\o \"1-2\" \\u ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        var paragraphs = new List<Paragraph>();
        foreach (var (level, text) in headings)
            paragraphs.Add(DocxParagraphs.Styled(level == 1 ? DocxStyles.TocEntry1 : DocxStyles.TocEntry2, text));
        if (paragraphs.Count == 0) paragraphs.Add(DocxParagraphs.Styled(DocxStyles.TocEntry1, null));
        // The field begins in the first entry's paragraph and ends in the last one's.
        var first = paragraphs[0];
        foreach (var run in begin.Elements<Run>().Reverse().ToList())
        {
            run.Remove();
            first.InsertAfter(run, first.ParagraphProperties);
        }
        paragraphs[^1].Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        foreach (var p in paragraphs) body.Append(p);
        body.Append(DocxParagraphs.PageBreak());
    }
}
