using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources.Office;

/// <summary>
/// The page (页码) each extracted line of a Word body is on, counted two ways at once because only the end of the
/// part says which one holds:
/// <list type="bullet">
/// <item>rendered: Word writes w:lastRenderedPageBreak where each page began when it last laid the file out. When the
/// file has any, they are the pages the reader saw: 1 + the markers before the line, nothing else counted.</item>
/// <item>stated: otherwise the breaks the file states — w:br type="page", w:pageBreakBefore (direct or by style) and
/// section breaks. A section ends at a w:sectPr inside a paragraph's properties; whether the next section starts on a
/// new page is in the NEXT w:sectPr's w:type (nextPage by default; continuous does not; oddPage/evenPage may skip a
/// blank page; nextColumn does only when the ending section has one column), so the lines of a section are moved to
/// their page once that type is read.</item>
/// </list>
/// </summary>
internal sealed class DocxPageCount(DocxPageBreakStyles styles)
{
    /// <summary>Where a line begins under both counts.</summary>
    public readonly record struct Position(int Stated, int Rendered);

    private readonly List<int> _stated = [];
    private readonly List<int> _rendered = [];
    private int _statedPage = 1;
    private int _renderedPage = 1;
    private bool _statesBreaks;
    private bool _hasRenderedBreaks;

    /// <summary>First line of the section that began after the last section-ending paragraph, and the page before it.</summary>
    private int? _sectionStartLine;
    private int _pageBeforeSection;
    private int _endingSectionColumns = 1;
    private bool _sectionEndsAfterParagraph;
    private int _sectionColumnsAtParagraph = 1;

    public DocxPageBreakStyles Styles { get; } = styles;

    public Position Current => new(_statedPage, _renderedPage);

    /// <summary>Inside a w:sectPr (not a tracked change's old one).</summary>
    public bool InSectionProperties { get; private set; }

    /// <summary>The w:type of the section properties being read (how their section starts).</summary>
    public string? SectionStart { get; set; }

    /// <summary>The w:cols w:num of the section properties being read.</summary>
    public int SectionColumns { get; set; } = 1;

    public void PageBreak()
    {
        _statedPage++;
        _statesBreaks = true;
    }

    public void RenderedPageBreak()
    {
        _renderedPage++;
        _hasRenderedBreaks = true;
    }

    public void Add(Position position)
    {
        _stated.Add(position.Stated);
        _rendered.Add(position.Rendered);
    }

    public void BeginSectionProperties(bool endsAfterParagraph)
    {
        InSectionProperties = true;
        _sectionEndsAfterParagraph = endsAfterParagraph;
        SectionStart = null;
        SectionColumns = 1;
    }

    /// <summary>These properties close the section that began at the pending start: now its start type is known.</summary>
    public void EndSectionProperties()
    {
        InSectionProperties = false;
        if (_sectionStartLine is { } start)
        {
            var skip = PagesSkipped(SectionStart, _pageBeforeSection, _endingSectionColumns);
            if (skip > 0)
            {
                for (var i = start; i < _stated.Count; i++) _stated[i] += skip;
                _statedPage += skip;
                _statesBreaks = true;
            }
            _sectionStartLine = null;
        }
        if (_sectionEndsAfterParagraph) _sectionColumnsAtParagraph = SectionColumns;
    }

    /// <summary>
    /// A body paragraph has been emitted up to <paramref name="lineCount"/> lines; when its properties ended a section,
    /// the next section starts with the next line.
    /// </summary>
    public void ParagraphEnded(int lineCount)
    {
        if (!_sectionEndsAfterParagraph) return;
        _sectionEndsAfterParagraph = false;
        _sectionStartLine = lineCount;
        _pageBeforeSection = _statedPage;
        _endingSectionColumns = _sectionColumnsAtParagraph;
    }

    /// <summary>How many pages a section of start type <paramref name="type"/> moves on from page <paramref name="page"/>.</summary>
    private static int PagesSkipped(string? type, int page, int endingColumns) => type switch
    {
        "continuous" => 0,
        "nextColumn" => endingColumns > 1 ? 0 : 1,
        "oddPage" => (page + 1) % 2 == 1 ? 1 : 2,
        "evenPage" => (page + 1) % 2 == 0 ? 1 : 2,
        _ => 1,
    };

    /// <summary>One location per line, or null when the file states no page at all (then no page is claimed).</summary>
    public List<SourceLocation?>? Locations()
    {
        var pages = _hasRenderedBreaks ? _rendered : _statesBreaks ? _stated : null;
        if (pages is null) return null;
        // One SourceLocation per page, shared by its lines.
        var byPage = new List<SourceLocation>();
        var locations = new List<SourceLocation?>(pages.Count);
        foreach (var page in pages)
        {
            while (byPage.Count < page) byPage.Add(new SourceLocation(byPage.Count + 1));
            locations.Add(byPage[page - 1]);
        }
        return locations;
    }
}
