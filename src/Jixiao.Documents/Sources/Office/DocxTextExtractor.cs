using System.Text;
using System.Xml;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources.Office;

/// <summary>
/// Streams word/document.xml into the lines the word-table layout reads (the shape of seeds 000 and 003):
/// a body paragraph is one line; a table row is one tab-indented line per cell followed by a blank line; a cell's
/// further paragraphs follow as untabbed lines; a cell spanning grid columns (gridSpan) appears once; a cell that
/// continues a vertical merge (vMerge) is an empty cell line, so readers let it inherit from the row above.
/// Nested tables are flattened into the paragraphs of their cell. Deleted text, field codes, the fallback copy of
/// alternate content and the table of contents (a TOC field's result, or paragraphs in the TOC styles) are not
/// content of the document — the 目录 repeats every table title — and are left out.
/// Each line carries the page it begins on, as far as the file says (see <see cref="DocxPageCount"/>).
/// Beside the lines it builds the neutral model (<see cref="GridDocument"/>): body paragraphs, and tables whose
/// cells keep their gridSpan as a column span and their vMerge as a row span, so no reader guesses spans back.
/// </summary>
internal sealed class DocxTextExtractor
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private readonly List<string> _lines = [];
    private readonly DocxPageCount _pages;
    private readonly GridBuilder _grid = new();
    private GridTableBuilder? _table;
    /// <summary>Grid columns the current row leaves empty before its first cell (w:gridBefore).</summary>
    private int _gridBefore;

    private int _tableDepth;
    private readonly Stack<ParagraphState> _paragraphs = new();
    /// <summary>Inside the paragraph's own w:pPr (its style and break decide the page before any of its text).</summary>
    private bool _inParagraphProperties;
    /// <summary>Inside w:pPrChange/w:sectPrChange: the properties before a tracked change, not in force.</summary>
    private int _changeDepth;
    private List<CellLines>? _row;
    private CellLines? _cell;
    private bool _inText;
    private bool _inInstruction;
    /// <summary>Open complex fields (fldChar begin … end): their instruction and whether their result is being read.</summary>
    private readonly Stack<(StringBuilder Instruction, bool InResult)> _fields = new();
    /// <summary>Open w:fldSimple elements: true for a TOC field.</summary>
    private readonly Stack<bool> _simpleFields = new();

    private DocxTextExtractor(DocxPageBreakStyles styles) => _pages = new DocxPageCount(styles);

    public static SourceText Extract(OfficePackage package)
    {
        var main = package.MainPart("word/document.xml");
        var extractor = new DocxTextExtractor(DocxPageBreakStyles.Read(package, main));
        package.Guard(main, () =>
        {
            using var reader = package.OpenXml(main)
                ?? throw new DocumentReadException($"Word 文件“{package.FileName}”缺少正文部件（{main}），文件不完整，无法读取。请用 Word/WPS 打开后重新保存再导入。");
            extractor.Walk(reader);
            return 0;
        });
        var locations = extractor._pages.Locations();
        var grid = extractor._grid.Build(package.FileName, "docx",
            line => locations is not null && line < locations.Count && locations[line] is { } l ? l.Page : 0);
        return SourceText.FromExtracted(package.FileName, extractor._lines, "docx", locations).WithGrid(grid);
    }

    private void Walk(XmlReader reader)
    {
        var advance = true;
        while (advance ? reader.Read() : !reader.EOF)
        {
            advance = true;
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == Mc && reader.LocalName == "Fallback":
                    // The fallback repeats the chosen content for older readers; Skip() leaves the reader on the next node.
                    reader.Skip();
                    advance = false;
                    break;
                case XmlNodeType.Element:
                    if (reader.NamespaceURI == W) StartElement(reader);
                    break;
                case XmlNodeType.EndElement:
                    if (reader.NamespaceURI == W) EndElement(reader.LocalName);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (_inInstruction && _fields.Count > 0) _fields.Peek().Instruction.Append(reader.Value);
                    else if (_inText && _paragraphs.Count > 0 && !InTableOfContents) AppendText(reader.Value);
                    break;
            }
        }
        // A truncated part ends inside open elements: XmlReader reports that itself; nothing half-built is kept.
    }

    private void StartElement(XmlReader reader)
    {
        var empty = reader.IsEmptyElement;
        var name = reader.LocalName;
        // w:pPr comes first in a paragraph: anything else means its properties are complete and its page is known.
        if (!_inParagraphProperties && _paragraphs.Count > 0 && name != "pPr") BeginParagraphContent();
        switch (name)
        {
            case "tbl":
                if (!empty && ++_tableDepth == 1) _table = _grid.Table();
                break;
            case "tr" when _tableDepth == 1:
                _row = [];
                _gridBefore = 0;
                if (empty) EndElement("tr");
                break;
            case "gridBefore" when _tableDepth == 1 && _row is not null && _cell is null:
                _gridBefore = reader.GetAttribute("val", W) is null ? 0 : Span(reader);
                break;
            case "gridSpan" when _tableDepth == 1 && _cell is not null:
                _cell.ColumnSpan = Span(reader);
                break;
            case "tc" when _tableDepth == 1:
                _cell = new CellLines();
                if (empty) EndElement("tc");
                break;
            case "vMerge" when _tableDepth == 1 && _cell is not null:
                // <w:vMerge/> without a value continues the merge; "restart" begins one.
                var value = reader.GetAttribute("val", W);
                _cell.ContinuesMerge = value is null || value == "continue";
                break;
            case "p":
                _paragraphs.Push(new ParagraphState());
                if (empty) EndElement("p");
                break;
            case "pPr" when _changeDepth == 0 && _paragraphs.Count > 0:
                _inParagraphProperties = !empty;
                if (empty) BeginParagraphContent();
                break;
            case "pPrChange" or "sectPrChange" when !empty:
                _changeDepth++;
                break;
            case "pStyle" when _inParagraphProperties && _changeDepth == 0:
                var style = reader.GetAttribute("val", W);
                _paragraphs.Peek().Style = style;
                if (IsContentsStyle(style)) _paragraphs.Peek().Skip = true;
                break;
            case "pageBreakBefore" when _inParagraphProperties && _changeDepth == 0:
                _paragraphs.Peek().BreakBefore = DocxPageBreakStyles.IsOn(reader.GetAttribute("val", W));
                break;
            case "sectPr" when _changeDepth == 0:
                // In a paragraph's pPr it ends a section after that paragraph; the body's last one ends the document.
                _pages.BeginSectionProperties(endsAfterParagraph: _inParagraphProperties);
                if (empty) _pages.EndSectionProperties();
                break;
            case "type" when _pages.InSectionProperties && _changeDepth == 0:
                _pages.SectionStart = reader.GetAttribute("val", W);
                break;
            case "cols" when _pages.InSectionProperties && _changeDepth == 0:
                _pages.SectionColumns = int.TryParse(reader.GetAttribute("num", W), out var columns) ? columns : 1;
                break;
            case "lastRenderedPageBreak":
                _pages.RenderedPageBreak();
                break;
            case "fldChar":
                var kind = reader.GetAttribute("fldCharType", W);
                if (kind == "begin") _fields.Push((new StringBuilder(), false));
                else if (kind == "separate" && _fields.Count > 0) _fields.Push((_fields.Pop().Instruction, true));
                else if (kind == "end" && _fields.Count > 0) _fields.Pop();
                break;
            case "instrText":
                _inInstruction = !empty;
                break;
            case "fldSimple" when !empty:
                _simpleFields.Push(IsContentsField(reader.GetAttribute("instr", W)));
                break;
            case "t":
                _inText = !empty;
                break;
            case "tab" when _paragraphs.Count > 0 && !InTabStops(reader):
                // A tab inside a paragraph is spacing; a tab character would make the line look like a table cell.
                _paragraphs.Peek().Text.Append(' ');
                break;
            case "br" or "cr":
                if (reader.GetAttribute("type", W) == "page") _pages.PageBreak();
                else if (_paragraphs.Count > 0) _paragraphs.Peek().Text.Append('\n');
                break;
            case "noBreakHyphen":
                if (_paragraphs.Count > 0) _paragraphs.Peek().Text.Append('-');
                break;
        }
    }

    /// <summary>A w:val count (gridSpan, gridBefore) kept within Word's own limit of 63 columns.</summary>
    private static int Span(XmlReader reader) =>
        int.TryParse(reader.GetAttribute("val", W), out var n) && n >= 1 ? Math.Min(n, 63) : 1;

    /// <summary>w:tab also names a tab stop inside w:pPr/w:tabs; only a run's w:tab is a character.</summary>
    private static bool InTabStops(XmlReader reader) => reader.GetAttribute("pos", W) is not null;

    /// <summary>True while reading the result of a TOC field (the 目录 Word builds from the headings).</summary>
    private bool InTableOfContents
    {
        get
        {
            if (_simpleFields.Contains(true)) return true;
            foreach (var (instruction, inResult) in _fields)
                if (inResult && IsContentsField(instruction.ToString())) return true;
            return false;
        }
    }

    private static bool IsContentsField(string? instruction) =>
        instruction is not null && instruction.TrimStart().StartsWith("TOC", StringComparison.OrdinalIgnoreCase);

    /// <summary>Word's built-in TOC entry styles (TOC1…TOC9, "toc 1"), LibreOffice's (Contents1…) and WPS's 目录 styles.</summary>
    private static bool IsContentsStyle(string? styleId) =>
        styleId is not null && (styleId.StartsWith("TOC", StringComparison.OrdinalIgnoreCase)
            || styleId.StartsWith("Contents", StringComparison.OrdinalIgnoreCase) || styleId.StartsWith("目录", StringComparison.Ordinal))
        && styleId.Length > 3 && char.IsAsciiDigit(styleId[^1]);

    /// <summary>The paragraph's properties are read: a page break before it (its own or its style's) comes first.</summary>
    private void BeginParagraphContent()
    {
        var paragraph = _paragraphs.Peek();
        if (paragraph.ContentBegun) return;
        paragraph.ContentBegun = true;
        if (paragraph.BreakBefore ?? _pages.Styles.BreaksBefore(paragraph.Style)) _pages.PageBreak();
    }

    /// <summary>Text of the innermost paragraph; its first text fixes the page the paragraph's line is on.</summary>
    private void AppendText(string text)
    {
        var paragraph = _paragraphs.Peek();
        if (paragraph.Page is null && text.Length > 0) paragraph.Page = _pages.Current;
        paragraph.Text.Append(text);
    }

    private void EndElement(string name)
    {
        switch (name)
        {
            case "t":
                _inText = false;
                break;
            case "instrText":
                _inInstruction = false;
                break;
            case "pPr" when _changeDepth == 0 && _inParagraphProperties:
                _inParagraphProperties = false;
                BeginParagraphContent();
                break;
            case "pPrChange" or "sectPrChange":
                if (_changeDepth > 0) _changeDepth--;
                break;
            case "sectPr" when _changeDepth == 0 && _pages.InSectionProperties:
                _pages.EndSectionProperties();
                break;
            case "fldSimple":
                if (_simpleFields.Count > 0) _simpleFields.Pop();
                break;
            case "p":
                if (_paragraphs.Count == 0) break;
                BeginParagraphContent();
                _inParagraphProperties = false;
                var paragraph = _paragraphs.Pop();
                var text = paragraph.Skip ? "" : paragraph.Text.ToString();
                var page = paragraph.Page ?? _pages.Current;
                if (_tableDepth == 0)
                {
                    _grid.Paragraph(text, _lines.Count);
                    foreach (var line in text.Split('\n')) Emit(line, page);
                }
                else if (_cell is not null) foreach (var line in text.Split('\n')) _cell.Paragraphs.Add((line, page));
                if (_paragraphs.Count == 0) _pages.ParagraphEnded(_lines.Count);
                break;
            case "tc" when _tableDepth == 1:
                if (_cell is not null) _row?.Add(_cell);
                _cell = null;
                break;
            case "tr" when _tableDepth == 1:
                if (_row is not null) EmitRow(_row);
                _row = null;
                break;
            case "tbl":
                if (_tableDepth > 0 && --_tableDepth == 0) _table = null;
                break;
        }
    }

    private void EmitRow(List<CellLines> row)
    {
        // An empty cell is on the page where the row's text begins (a row split across pages starts on the first).
        var rowPage = _pages.Current;
        foreach (var cell in row)
            if (!cell.ContinuesMerge && cell.Paragraphs.FindIndex(p => !string.IsNullOrWhiteSpace(p.Text)) is var first and >= 0)
            {
                rowPage = cell.Paragraphs[first].Page;
                break;
            }
        AddGridRow(row);
        foreach (var cell in row)
        {
            var paragraphs = cell.ContinuesMerge ? [] : cell.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p.Text)).ToList();
            if (paragraphs.Count == 0) Emit("\t", rowPage);
            else Emit("\t" + paragraphs[0].Text, paragraphs[0].Page);
            for (var i = 1; i < paragraphs.Count; i++) Emit(paragraphs[i].Text, paragraphs[i].Page);
        }
        Emit("", _pages.Current);
    }

    /// <summary>The row in the neutral model: a continued vertical merge lengthens the cell above instead of adding one.</summary>
    private void AddGridRow(List<CellLines> row)
    {
        if (_table is null) return;
        _table.Row();
        if (_gridBefore > 0) _table.Skip(_gridBefore);
        var line = _lines.Count;
        foreach (var cell in row)
        {
            if (cell.ContinuesMerge) _table.ContinueAbove(line, cell.ColumnSpan);
            else _table.Cell(string.Join('\n', cell.Paragraphs.Select(p => p.Text).Where(t => !string.IsNullOrWhiteSpace(t))), line, cell.ColumnSpan);
            line += 1 + Math.Max(0, (cell.ContinuesMerge ? 0 : cell.Paragraphs.Count(p => !string.IsNullOrWhiteSpace(p.Text))) - 1);
        }
    }

    private void Emit(string line, DocxPageCount.Position page)
    {
        _lines.Add(line);
        _pages.Add(page);
    }

    private sealed class CellLines
    {
        public List<(string Text, DocxPageCount.Position Page)> Paragraphs { get; } = [];
        public bool ContinuesMerge { get; set; }
        public int ColumnSpan { get; set; } = 1;
    }

    /// <summary>A paragraph being read: its text, style, direct page-break setting and the page of its first text.</summary>
    private sealed class ParagraphState
    {
        public StringBuilder Text { get; } = new();
        public string? Style { get; set; }
        public bool? BreakBefore { get; set; }
        public bool Skip { get; set; }
        public bool ContentBegun { get; set; }
        public DocxPageCount.Position? Page { get; set; }
    }
}
