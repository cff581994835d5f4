using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Layout;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>
/// Publishes a <see cref="TargetDocument"/> as the department's 部门预算绩效 Word document in the official layout that
/// <see cref="PublishedDocument"/> decides for every format: cover, 目录, 第一部分 部门整体绩效目标 (when the document has
/// one), 预算项目绩效目标 with one 绩效目标表 per project, and the 部门预算公开表 when the document has them. This writer
/// only renders the blocks: text roles become paragraph styles, tables go through <see cref="DocxTableWriter"/>, a page
/// break that changes orientation becomes a section break (landscape for the disclosure tables).
/// Every value is printed as the document wrote it; a missing value is an empty cell.
/// </summary>
public static class DocxPublisher
{
    /// <summary>Writes the document as .docx to <paramref name="output"/> (left open).</summary>
    public static void Write(TargetDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        Write(PublishedDocument.From(document), output);
    }

    /// <summary>Writes laid-out blocks (any <see cref="PublishedDocument"/>, e.g. a filled 自评表) as .docx to <paramref name="output"/> (left open).</summary>
    public static void Write(PublishedDocument layout, Stream output)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(output);
        using var package = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document, autoSave: true);
        // Fast deflate: a disclosure document is half a megabyte of XML and the best ratio is not worth the time.
        package.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
        package.PackageProperties.Title = PublishedText.Clean(layout.Title);
        package.PackageProperties.Language = "zh-CN";

        var body = new Body();
        var page = PageGeometry.A4Portrait;
        var blocks = layout.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            switch (blocks[i])
            {
                case TextBlock { Role: TextRole.ContentsTitle } title:
                    var entries = new List<TextBlock>();
                    while (i + 1 < blocks.Count && blocks[i + 1] is TextBlock { Role: TextRole.ContentsPart or TextRole.ContentsSection } entry)
                    {
                        entries.Add(entry);
                        i++;
                    }
                    ContentsWriter.Write(body, title.Text, entries);
                    break;
                case TextBlock text:
                    body.Append(DocxParagraphs.Of(text));
                    break;
                case TableCaptionBlock caption:
                    // Two paragraphs in reading order: the 预算单位, then 单位：万元 (right-aligned).
                    if (caption.Left is not null) body.Append(DocxParagraphs.Styled(DocxStyles.UnitLine, caption.Left));
                    if (caption.Right is not null) body.Append(DocxParagraphs.Styled(DocxStyles.MoneyUnitLine, caption.Right));
                    break;
                case TableBlock table:
                    body.Append(DocxTableWriter.Write(table.Table, page.TextWidth));
                    break;
                case PageBreakBlock pageBreak when pageBreak.Landscape == page.Landscape:
                    body.Append(DocxParagraphs.PageBreak());
                    break;
                case PageBreakBlock pageBreak:
                    // Section break: the current section ends here, the next one turns the page.
                    body.Append(new Paragraph(new ParagraphProperties(page.ToSectionProperties())));
                    page = pageBreak.Landscape ? PageGeometry.A4Landscape : PageGeometry.A4Portrait;
                    break;
            }
        }
        // A body ending in a table needs a paragraph after it; then the final section's properties.
        body.Append(new Paragraph());
        body.Append(page.ToSectionProperties());
        main.Document = new Document(body);
    }
}
