using System.Text;
using System.Xml;
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
/// </summary>
internal sealed class DocxTextExtractor
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private readonly List<string> _lines = [];
    private readonly List<int> _pages = [];
    private int _page = 1;
    private bool _statesPageBreaks;

    private int _tableDepth;
    private readonly Stack<StringBuilder> _paragraphs = new();
    private List<CellLines>? _row;
    private CellLines? _cell;
    private bool _inText;
    private bool _inInstruction;
    /// <summary>Open complex fields (fldChar begin … end): their instruction and whether their result is being read.</summary>
    private readonly Stack<(StringBuilder Instruction, bool InResult)> _fields = new();
    private readonly Stack<bool> _skipParagraph = new();
    /// <summary>Open w:fldSimple elements: true for a TOC field.</summary>
    private readonly Stack<bool> _simpleFields = new();

    public static SourceText Extract(OfficePackage package)
    {
        var main = package.MainPart("word/document.xml");
        var extractor = new DocxTextExtractor();
        package.Guard(main, () =>
        {
            using var reader = package.OpenXml(main)
                ?? throw new DocumentReadException($"Word 文件“{package.FileName}”缺少正文部件（{main}），文件不完整，无法读取。请用 Word/WPS 打开后重新保存再导入。");
            extractor.Walk(reader);
            return 0;
        });
        var locations = extractor._statesPageBreaks ? extractor._pages.Select(p => (SourceLocation?)new SourceLocation(p)).ToList() : null;
        return SourceText.FromExtracted(package.FileName, extractor._lines, "docx", locations);
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
                    else if (_inText && _paragraphs.Count > 0 && !InTableOfContents) _paragraphs.Peek().Append(reader.Value);
                    break;
            }
        }
        // A truncated part ends inside open elements: XmlReader reports that itself; nothing half-built is kept.
    }

    private void StartElement(XmlReader reader)
    {
        var empty = reader.IsEmptyElement;
        switch (reader.LocalName)
        {
            case "tbl":
                if (!empty) _tableDepth++;
                break;
            case "tr" when _tableDepth == 1:
                _row = [];
                if (empty) EndElement("tr");
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
                _paragraphs.Push(new StringBuilder());
                _skipParagraph.Push(false);
                if (empty) EndElement("p");
                break;
            case "pStyle" when _skipParagraph.Count > 0 && IsContentsStyle(reader.GetAttribute("val", W)):
                _skipParagraph.Pop();
                _skipParagraph.Push(true);
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
                _paragraphs.Peek().Append(' ');
                break;
            case "br" or "cr":
                if (reader.GetAttribute("type", W) == "page") PageBreak();
                else if (_paragraphs.Count > 0) _paragraphs.Peek().Append('\n');
                break;
            case "pageBreakBefore":
                var on = reader.GetAttribute("val", W);
                if (on is null || on is "1" or "true" or "on") PageBreak();
                break;
            case "noBreakHyphen":
                if (_paragraphs.Count > 0) _paragraphs.Peek().Append('-');
                break;
        }
    }

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

    private void PageBreak()
    {
        _page++;
        _statesPageBreaks = true;
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
            case "fldSimple":
                if (_simpleFields.Count > 0) _simpleFields.Pop();
                break;
            case "p":
                if (_paragraphs.Count == 0) break;
                var text = _paragraphs.Pop().ToString();
                if (_skipParagraph.Count > 0 && _skipParagraph.Pop()) text = "";
                if (_tableDepth == 0) foreach (var line in text.Split('\n')) Emit(line);
                else _cell?.Paragraphs.AddRange(text.Split('\n'));
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
                if (_tableDepth > 0) _tableDepth--;
                break;
        }
    }

    private void EmitRow(List<CellLines> row)
    {
        foreach (var cell in row)
        {
            var paragraphs = cell.ContinuesMerge ? [] : cell.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
            Emit("\t" + (paragraphs.Count > 0 ? paragraphs[0] : ""));
            for (var i = 1; i < paragraphs.Count; i++) Emit(paragraphs[i]);
        }
        Emit("");
    }

    private void Emit(string line)
    {
        _lines.Add(line);
        _pages.Add(_page);
    }

    private sealed class CellLines
    {
        public List<string> Paragraphs { get; } = [];
        public bool ContinuesMerge { get; set; }
    }
}
