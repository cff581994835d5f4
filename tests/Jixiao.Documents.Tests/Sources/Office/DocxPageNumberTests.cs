using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Documents.Sources.Office;
using Jixiao.Documents.Tests.Support;
using Jixiao.Documents.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

// The Office tests' namespace: a Jixiao.Documents.Tests.Sources namespace would hide Jixiao.Documents.Sources from them.
namespace Jixiao.Documents.Tests.Office;

/// <summary>
/// Issue 11: a finding on a .docx names the page the reader sees. The pages come from the file: section breaks
/// (their start type is in the next w:sectPr), w:pageBreakBefore set directly or by a paragraph style (basedOn
/// chains), and — when Word saved its own pagination — w:lastRenderedPageBreak alone. The files are built here.
/// </summary>
public class DocxPageNumberTests
{
    [Fact]
    public void A_section_break_starts_the_next_section_on_a_new_page_by_default()
    {
        var text = Read(body => body.Append(
            Line("甲"),
            SectionEnd("甲末"),
            Line("乙"),
            new SectionProperties()));
        Assert.Equal([1, 1, 2], Pages(text, "甲", "甲末", "乙"));
    }

    [Fact]
    public void The_start_type_is_read_from_the_next_sections_properties_not_the_ending_ones()
    {
        // Section 1's own type (continuous) says nothing about section 2; section 2 is continuous by its own
        // properties, section 3 has no type (nextPage).
        var text = Read(body => body.Append(
            Line("封面"),
            PageBreak(),
            Line("甲"),
            SectionEnd("甲末", SectionMarkValues.Continuous),
            Line("乙"),
            SectionEnd("乙末", SectionMarkValues.Continuous),
            Line("丙"),
            new SectionProperties()));
        Assert.Equal([1, 2, 2, 2, 2, 3], Pages(text, "封面", "甲", "甲末", "乙", "乙末", "丙"));
    }

    [Fact]
    public void A_continuous_section_stays_on_the_page_and_an_odd_page_section_skips_to_an_odd_page()
    {
        var text = Read(body => body.Append(
            Line("甲"),
            SectionEnd("甲末"),
            Line("乙"),
            SectionEnd("乙末", SectionMarkValues.Continuous),
            Line("丙"),
            new SectionProperties(new SectionType { Val = SectionMarkValues.OddPage })));
        // 乙 continues page 1; 丙 would be on page 2, which is even, so Word leaves it blank and starts on page 3.
        Assert.Equal([1, 1, 1, 1, 3], Pages(text, "甲", "甲末", "乙", "乙末", "丙"));
    }

    [Fact]
    public void A_paragraph_style_with_page_break_before_breaks_the_page_through_its_basedOn_chain()
    {
        var styles = new Styles(
            ParagraphStyle("Normal", basedOn: null, breakBefore: null, isDefault: true),
            ParagraphStyle("ChapterTitle", basedOn: "Normal", breakBefore: true),
            ParagraphStyle("PartTitle", basedOn: "ChapterTitle", breakBefore: null),
            ParagraphStyle("RunIn", basedOn: "ChapterTitle", breakBefore: false));
        var text = Read(body => body.Append(
            Line("甲"),
            Line("乙", "PartTitle"),
            Line("丙", "RunIn"),
            Line("丁", "PartTitle", directBreak: false),
            Line("戊", "ChapterTitle"),
            Line("己", "Normal", directBreak: true),
            new SectionProperties()), styles);
        Assert.Equal([1, 2, 2, 2, 3, 4], Pages(text, "甲", "乙", "丙", "丁", "戊", "己"));
    }

    [Fact]
    public void Rendered_page_breaks_are_the_pages_and_the_stated_breaks_are_not_counted_again()
    {
        var styles = new Styles(ParagraphStyle("ChapterTitle", basedOn: null, breakBefore: true));
        var text = Read(body => body.Append(
            Line("甲"),
            PageBreak(),
            Line("乙", rendered: true),
            SectionEnd("乙末"),
            Line("丙", "ChapterTitle", rendered: true),
            // Word moved 丁 to the next page on its own (the page was full): only the marker says so.
            Line("丁", rendered: true),
            // A paragraph running over a page end is on the page where it begins.
            new Paragraph(new Run(new WordText("戊前")), new Run(new LastRenderedPageBreak(), new WordText("戊后"))),
            Line("己"),
            new SectionProperties()), styles);
        Assert.Equal([1, 2, 2, 3, 4, 4, 5], Pages(text, "甲", "乙", "乙末", "丙", "丁", "戊前戊后", "己"));
    }

    [Fact]
    public void Without_any_stated_break_no_page_is_claimed()
    {
        var text = Read(body => body.Append(
            Line("甲"),
            SectionEnd("甲末", SectionMarkValues.NextPage),
            Line("乙"),
            new SectionProperties(new SectionType { Val = SectionMarkValues.Continuous })));
        Assert.Null(text.LocationOf(1));
        Assert.Null(text.LocationOf(3));
    }

    [Fact]
    public void Seed_004_published_as_docx_puts_the_disclosure_tables_on_pages_after_the_projects()
    {
        var bytes = File.ReadAllBytes(OfficeFixtures.DocxPath(Seeds.S004));
        var text = new DocxFormat().Read("004.docx", bytes);
        var projectTitles = text.Lines.Where(l => l.Text.Length > 0 && char.IsAsciiDigit(l.Text[0]) && l.Text.EndsWith("绩效目标表", StringComparison.Ordinal)).ToList();
        var disclosure = text.Lines.Single(l => l.Text.StartsWith("第", StringComparison.Ordinal) && l.Text.EndsWith("部门预算公开表", StringComparison.Ordinal));
        Assert.True(projectTitles.Count >= 2);
        var lastProjectLines = text.Lines.Where(l => l.Number > projectTitles[^1].Number && l.Number < disclosure.Number && !l.IsBlank).ToList();
        Assert.NotEmpty(lastProjectLines);
        var lastProjectPage = Page(text, lastProjectLines[^1]);

        // The landscape disclosure part is its own section (nextPage): exactly one page on, and every later line after it.
        Assert.Equal(lastProjectPage + 1, Page(text, disclosure));
        Assert.All(text.Lines.Where(l => l.Number > disclosure.Number), l => Assert.True(Page(text, l) >= Page(text, disclosure), l.ToString()));
        Assert.True(Page(text, projectTitles[^1]) <= lastProjectPage);
        // The publisher does not break pages between projects (their tables flow on), so the file states none there.
        Assert.Equal(Page(text, projectTitles[0]), Page(text, projectTitles[1]));
        // Cover, then 目录 (page break), then the content (page break): the first project is on page 3 at the earliest.
        Assert.True(Page(text, projectTitles[0]) >= 3);
    }

    private static int Page(SourceText text, SourceLine line) => text.LocationOf(line.Number)?.Page
        ?? throw new Xunit.Sdk.XunitException($"第 {line.Number} 行没有页码：{line.Text}");

    /// <summary>The page of the first line with each text, in order.</summary>
    private static int[] Pages(SourceText text, params string[] lines) =>
        [.. lines.Select(wanted => Page(text, text.Lines.First(l => l.Text == wanted)))];

    private static Paragraph Line(string text, string? style = null, bool? directBreak = null, bool rendered = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (directBreak is { } on) properties.Append(new PageBreakBefore { Val = OnOffValue.FromBoolean(on) });
        var run = rendered ? new Run(new LastRenderedPageBreak(), new WordText(text)) : new Run(new WordText(text));
        return properties.HasChildren ? new Paragraph(properties, run) : new Paragraph(run);
    }

    /// <summary>The last paragraph of a section: its properties hold the section's w:sectPr.</summary>
    private static Paragraph SectionEnd(string text, SectionMarkValues? type = null)
    {
        var section = type is { } t ? new SectionProperties(new SectionType { Val = t }) : new SectionProperties();
        return new Paragraph(new ParagraphProperties(section), new Run(new WordText(text)));
    }

    private static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    private static Style ParagraphStyle(string id, string? basedOn, bool? breakBefore, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = id });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (breakBefore is { } on) style.Append(new StyleParagraphProperties(new PageBreakBefore { Val = OnOffValue.FromBoolean(on) }));
        return style;
    }

    private static SourceText Read(Action<Body> build, Styles? styles = null)
    {
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            if (styles is not null) main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
            var body = new Body();
            build(body);
            main.Document = new Document(body);
        }
        return new DocxFormat().Read("built.docx", stream.ToArray());
    }
}
