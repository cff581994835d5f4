using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Publishing.Docx;

/// <summary>
/// The styles of the published document: 宋体 for East Asian text (the font of the official documents),
/// Times New Roman for Latin digits, 黑体 for headings; 五号 (10.5 pt) body and 小五 (9 pt) table text.
/// Headings carry outline levels so that the 目录 field can be refreshed by Word.
/// </summary>
internal static class DocxStyles
{
    public const string Normal = "Normal";
    public const string CoverTitle = "CoverTitle";
    public const string CoverSubtitle = "CoverSubtitle";
    public const string ContentsTitle = "ContentsTitle";
    /// <summary>第一部分/第二部分 headings (outline level 1).</summary>
    public const string PartHeading = "Heading1";
    /// <summary>Section headings inside a part: 一、总体绩效目标, N.项目名称绩效目标表, budget table titles (outline level 2).</summary>
    public const string SectionHeading = "Heading2";
    public const string UnitLine = "UnitLine";
    public const string MoneyUnitLine = "MoneyUnitLine";
    /// <summary>The table style of every table: single borders, cell margins, centred cells, 小五 text.</summary>
    public const string Table = "JixiaoTable";
    public const string TableHeader = "TableHeader";
    public const string TocEntry1 = "TOC1";
    public const string TocEntry2 = "TOC2";

    private const string EastAsianFont = "宋体";
    private const string HeadingEastAsianFont = "黑体";
    private const string LatinFont = "Times New Roman";

    public static Styles Create()
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = EastAsianFont, ComplexScript = LatinFont },
                    new FontSize { Val = "21" },
                    new FontSizeComplexScript { Val = "21" },
                    new Languages { Val = "en-US", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "300", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(ParagraphStyle(Normal, "Normal", null, isDefault: true));
        styles.Append(ParagraphStyle(CoverTitle, "Cover Title", Normal,
            paragraph: () => new StyleParagraphProperties(new SpacingBetweenLines { Before = "2400", After = "600" }, new Justification { Val = JustificationValues.Center }),
            run: () => HeadingRun(52)));
        styles.Append(ParagraphStyle(CoverSubtitle, "Cover Subtitle", Normal,
            paragraph: () => new StyleParagraphProperties(new SpacingBetweenLines { Before = "300", After = "300" }, new Justification { Val = JustificationValues.Center }),
            run: () => HeadingRun(36)));
        styles.Append(ParagraphStyle(ContentsTitle, "Contents Title", Normal,
            paragraph: () => new StyleParagraphProperties(new SpacingBetweenLines { After = "300" }, new Justification { Val = JustificationValues.Center }),
            run: () => HeadingRun(32)));
        styles.Append(ParagraphStyle(PartHeading, "heading 1", Normal,
            paragraph: () => new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "240" }, new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 0 }),
            run: () => HeadingRun(32)));
        styles.Append(ParagraphStyle(SectionHeading, "heading 2", Normal,
            paragraph: () => new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = 1 }),
            run: () => HeadingRun(24)));
        styles.Append(ParagraphStyle(UnitLine, "Unit Line", Normal,
            paragraph: () => new StyleParagraphProperties(new KeepNext())));
        styles.Append(ParagraphStyle(MoneyUnitLine, "Money Unit Line", Normal,
            paragraph: () => new StyleParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Right })));
        styles.Append(TableStyle());
        styles.Append(ParagraphStyle(TableHeader, "Table Header", Normal,
            paragraph: () => new StyleParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = JustificationValues.Center }),
            run: () => new StyleRunProperties(new Bold(), new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));
        styles.Append(ParagraphStyle(TocEntry1, "toc 1", Normal));
        styles.Append(ParagraphStyle(TocEntry2, "toc 2", Normal,
            paragraph: () => new StyleParagraphProperties(new Indentation { Left = "420" })));
        return styles;
    }

    /// <summary>
    /// Formatting shared by all cells lives in the table style rather than on every cell: a disclosure
    /// document has tens of thousands of cells and the per-cell markup would double the file and the time to write it.
    /// </summary>
    private static Style TableStyle() => new(
        new StyleName { Val = "Jixiao Table" },
        new BasedOn { Val = "TableNormal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto }),
        new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }),
        new StyleTableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa })),
        new StyleTableCellProperties(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }))
    { Type = StyleValues.Table, StyleId = Table };

    private static StyleRunProperties HeadingRun(int halfPoints) => new(
        new RunFonts { EastAsia = HeadingEastAsianFont },
        new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    private static Style ParagraphStyle(string id, string name, string? basedOn, bool isDefault = false,
        Func<StyleParagraphProperties>? paragraph = null, Func<StyleRunProperties>? run = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = OnOffValue.FromBoolean(true);
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        style.Append(new PrimaryStyle());
        if (paragraph is not null) style.Append(paragraph());
        if (run is not null) style.Append(run());
        return style;
    }
}
