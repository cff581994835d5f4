using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Core.Model;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>
/// Publishes a <see cref="TargetDocument"/> as the department's 部门预算绩效 Word document in the official
/// layout: cover, 目录, 第一部分 部门整体绩效目标 (when the document has one), 第二部分 预算项目绩效目标 with
/// one 绩效目标表 per project, and the 部门预算公开表 when the document has them (on landscape pages).
/// Every value is printed as the document wrote it; a missing value is an empty cell.
/// </summary>
public static class DocxPublisher
{
    /// <summary>Writes the document as .docx to <paramref name="output"/> (left open).</summary>
    public static void Write(TargetDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        // Fast deflate: a disclosure document is half a megabyte of XML and the best ratio is not worth the time.
        package.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
        package.PackageProperties.Title = document.Department is { } d ? $"{d.Name}{CoverWriter.CoverSubtitle(document.FiscalYear)}" : CoverWriter.CoverSubtitle(document.FiscalYear);
        package.PackageProperties.Language = "zh-CN";

        var content = new Body();
        var portrait = PageGeometry.A4Portrait;
        var parts = new PartNumbering();
        if (document.Overall is { } overall)
        {
            content.Append(DocxParagraphs.Styled(DocxStyles.PartHeading, $"{parts.Next()} 部门整体绩效目标"));
            OverallSectionWriter.Write(content, document, overall, portrait);
            content.Append(DocxParagraphs.PageBreak());
        }
        content.Append(DocxParagraphs.Styled(DocxStyles.PartHeading, $"{parts.Next()} 预算项目绩效目标"));
        for (var i = 0; i < document.Projects.Count; i++)
            ProjectTableWriter.Write(content, document, document.Projects[i], i + 1, portrait);

        var finalSection = portrait;
        if (document.BudgetTables.Count > 0)
        {
            // Section break: the portrait section ends here, the disclosure tables follow on landscape pages.
            content.Append(new Paragraph(new ParagraphProperties(portrait.ToSectionProperties())));
            var landscape = PageGeometry.A4Landscape;
            content.Append(DocxParagraphs.Styled(DocxStyles.PartHeading, $"{parts.Next()} 部门预算公开表"));
            foreach (var table in document.BudgetTables)
                BudgetTableWriter.Write(content, document, table, landscape);
            finalSection = landscape;
        }

        // Cover and 目录 are written last (the 目录 lists the headings just written) and put in front.
        var front = new Body();
        CoverWriter.WriteCover(front, document);
        CoverWriter.WriteContents(front, Headings(content));
        var body = content;
        foreach (var element in front.ChildElements.Reverse().ToList())
        {
            element.Remove();
            body.PrependChild(element);
        }
        // A body ending in a table needs a paragraph after it; then the final section's properties.
        body.Append(new Paragraph());
        body.Append(finalSection.ToSectionProperties());
        main.Document = new Document(body);
    }

    private static List<(int Level, string Text)> Headings(Body content)
    {
        var headings = new List<(int, string)>();
        foreach (var paragraph in content.Elements<Paragraph>())
        {
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            if (style == DocxStyles.PartHeading) headings.Add((1, paragraph.InnerText));
            else if (style == DocxStyles.SectionHeading) headings.Add((2, paragraph.InnerText));
        }
        return headings;
    }

    /// <summary>第一部分, 第二部分 … numbered by the parts the document actually has.</summary>
    private sealed class PartNumbering
    {
        private static readonly string[] Numerals = ["一", "二", "三", "四", "五"];
        private int _count;

        public string Next() => $"第{Numerals[_count++]}部分";
    }
}
