using Jixiao.Documents.Publishing.Layout;

namespace Jixiao.Documents.Publishing.Pdf;

/// <summary>
/// Flows the blocks of a <see cref="PublishedDocument"/> onto A4 pages: the cover, the 目录 with dot leaders and the
/// page number of each heading (filled in once the content is placed), headings kept with what follows them, prose
/// with a two-character first-line indent, the 单位 line above each table, and the tables (<see cref="TableComposer"/>).
/// </summary>
internal sealed class DocumentComposer
{
    private const float CoverTopSpace = 170f;
    private const float NumberWidth = 28f;

    private readonly PageFlow _flow;
    private readonly List<ContentsLine> _contents = [];
    private readonly List<int> _headingPages = [];

    private DocumentComposer(PdfFonts fonts) => _flow = new PageFlow(fonts);

    public static List<ComposedPage> Compose(PublishedDocument document, PdfFonts fonts)
    {
        var composer = new DocumentComposer(fonts);
        foreach (var block in document.Blocks) composer.Add(block);
        composer.FillContents();
        composer.AddPageNumbers();
        return composer._flow.Pages;
    }

    private void Add(LayoutBlock block)
    {
        switch (block)
        {
            case PageBreakBlock pageBreak:
                _flow.NewPage(pageBreak.Landscape);
                break;
            case TextBlock text:
                AddText(text);
                break;
            case TableCaptionBlock caption:
                AddCaption(caption);
                break;
            case TableBlock table:
                TableComposer.Place(_flow, table.Table);
                _flow.Y += 10f;
                break;
        }
    }

    private void AddText(TextBlock block)
    {
        var g = _flow.Geometry;
        switch (block.Role)
        {
            case TextRole.CoverTitle:
                _flow.Y = Math.Max(_flow.Y, g.Top + CoverTopSpace);
                Paragraph(block.Text, TextStyle.CoverTitle, Align.Centre, after: 18f);
                break;
            case TextRole.CoverSubtitle:
                _flow.Y = Math.Max(_flow.Y, g.Top + CoverTopSpace);
                Paragraph(block.Text, TextStyle.CoverSubtitle, Align.Centre, after: 90f);
                break;
            case TextRole.ContentsTitle:
                Paragraph(block.Text, TextStyle.PartHeading, Align.Centre, after: 14f);
                break;
            case TextRole.ContentsPart or TextRole.ContentsSection:
                AddContentsEntry(block);
                break;
            case TextRole.PartHeading:
                _flow.Reserve(TextStyle.PartHeading.LineHeight * 2 + 80f);
                _headingPages.Add(_flow.Page.Number ?? 0);
                Paragraph(block.Text, TextStyle.PartHeading, Align.Centre, before: 6f, after: 10f);
                break;
            case TextRole.SectionHeading:
                _flow.Reserve(TextStyle.SectionHeading.LineHeight * 2 + 80f);
                _headingPages.Add(_flow.Page.Number ?? 0);
                Paragraph(block.Text, TextStyle.SectionHeading, Align.Left, before: 6f, after: 4f);
                break;
            case TextRole.UnitLine:
                _flow.Reserve(TextStyle.Body.LineHeight + 60f);
                Paragraph(block.Text, TextStyle.Body, Align.Left, after: 2f);
                break;
            case TextRole.MoneyUnitLine:
                _flow.Reserve(TextStyle.Body.LineHeight + 60f);
                Paragraph(block.Text, TextStyle.Body, Align.Right, after: 2f);
                break;
            default:
                Paragraph(block.Text, TextStyle.Body, Align.Left, after: 2f, firstLineIndent: 2 * TextStyle.Body.Size);
                break;
        }
    }

    private enum Align { Left, Centre, Right }

    private void Paragraph(string text, TextStyle style, Align align, float before = 0, float after = 0, float firstLineIndent = 0)
    {
        var g = _flow.Geometry;
        if (!_flow.AtPageTop) _flow.Y += before;
        var lines = LineBreaker.Wrap(text, style, g.TextWidth, _flow.Fonts, firstLineIndent);
        for (var i = 0; i < lines.Count; i++)
        {
            _flow.Reserve(style.LineHeight);
            var width = _flow.Fonts.Measure(lines[i], style);
            var x = align switch
            {
                Align.Centre => (g.Left + g.Right - width) / 2,
                Align.Right => g.Right - width,
                _ => g.Left + (i == 0 ? firstLineIndent : 0),
            };
            if (lines[i].Length > 0) _flow.AddLine(x, lines[i], style);
            _flow.Y += style.LineHeight;
        }
        _flow.Y += after;
    }

    /// <summary>The 预算单位 on the left and 单位：万元 on the right of one line, kept with the table below.</summary>
    private void AddCaption(TableCaptionBlock caption)
    {
        var g = _flow.Geometry;
        var style = TextStyle.Body;
        _flow.Reserve(style.LineHeight + 60f);
        var rightWidth = caption.Right is null ? 0 : _flow.Fonts.Measure(caption.Right, style);
        var leftLines = caption.Left is null ? [""] : LineBreaker.Wrap(caption.Left, style, g.TextWidth - rightWidth - 2 * style.Size, _flow.Fonts);
        if (caption.Right is not null) _flow.AddLine(g.Right - rightWidth, caption.Right, style);
        foreach (var line in leftLines)
        {
            if (line.Length > 0) _flow.AddLine(g.Left, line, style);
            _flow.Y += style.LineHeight;
        }
        _flow.Y += 2f;
    }

    /// <summary>A 目录 entry: the heading wrapped short of the page-number column; leaders and number are added later.</summary>
    private void AddContentsEntry(TextBlock block)
    {
        var g = _flow.Geometry;
        var style = TextStyle.Body;
        var indent = block.Role == TextRole.ContentsSection ? 2 * style.Size : 0;
        var entryStyle = style;
        var lines = LineBreaker.Wrap(block.Text, entryStyle, g.TextWidth - indent - NumberWidth - 2 * style.Size, _flow.Fonts);
        for (var i = 0; i < lines.Count; i++)
        {
            _flow.Reserve(style.LineHeight);
            _flow.AddLine(g.Left + indent, lines[i], entryStyle);
            if (i == lines.Count - 1)
                _contents.Add(new ContentsLine(_flow.Page, _flow.Y, g.Left + indent + _flow.Fonts.Measure(lines[i], entryStyle), entryStyle));
            _flow.Y += style.LineHeight;
        }
        _flow.Y += 2f;
    }

    /// <summary>Dot leaders and the printed page number of the heading each 目录 entry names (same order).</summary>
    private void FillContents()
    {
        for (var i = 0; i < _contents.Count && i < _headingPages.Count; i++)
        {
            var entry = _contents[i];
            var g = entry.Page.Geometry;
            var number = _headingPages[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            var numberWidth = _flow.Fonts.Measure(number, TextStyle.Body);
            var baseline = PageFlow.Baseline(entry.Top, entry.Style);
            var dotWidth = _flow.Fonts.Measure(".", TextStyle.Body);
            var start = entry.TextEnd + TextStyle.Body.Size * 0.5f;
            var dots = (int)Math.Floor((g.Right - numberWidth - TextStyle.Body.Size * 0.5f - start) / dotWidth);
            if (dots > 0) entry.Page.Ops.Add(new TextOp(start, baseline, new string('.', dots), TextStyle.Body));
            entry.Page.Ops.Add(new TextOp(g.Right - numberWidth, baseline, number, TextStyle.Body));
        }
    }

    /// <summary>The page number centred in the bottom margin of every page after the cover.</summary>
    private void AddPageNumbers()
    {
        foreach (var page in _flow.Pages)
        {
            if (page.Number is not { } n) continue;
            var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var width = _flow.Fonts.Measure(text, TextStyle.PageNumber);
            var g = page.Geometry;
            page.Ops.Add(new TextOp((g.Width - width) / 2, g.Height - g.MarginTop / 2, text, TextStyle.PageNumber));
        }
    }

    private sealed record ContentsLine(ComposedPage Page, float Top, float TextEnd, TextStyle Style);
}
