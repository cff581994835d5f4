using System.Text;
using System.Xml;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources.Office;

/// <summary>
/// Streams an .xlsx workbook into the lines the spreadsheet layout reads (the shape of seed 001): every sheet in
/// workbook order, one line per row with its cells separated by tabs at their column positions, an empty line for
/// every empty row, and an empty line between sheets. A merged range shows its value in its top-left cell and
/// leaves the others blank, as the merged area is stored. Numbers are shown as the cell's number format prints
/// them (<see cref="CellNumberFormat"/>), so "13.70" stays "13.70" and 0.15 formatted as a percentage is "15%".
/// Beside the lines, each sheet goes into the neutral model with its merged ranges as spans (<see cref="XlsxSheetGrid"/>).
/// </summary>
internal static class XlsxTextExtractor
{
    private const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Columns beyond this are not table content (Excel's own limit is 16 384).</summary>
    private const int MaxColumns = 16_384;

    public static SourceText Extract(OfficePackage package)
    {
        var workbook = package.MainPart("xl/workbook.xml");
        var relationships = package.Relationships(workbook);
        var sheets = package.Guard(workbook, () => SheetParts(package, workbook, relationships));
        string? sharedPart = null, stylesPart = null;
        foreach (var (type, target) in relationships.Values)
        {
            if (type.EndsWith("/sharedStrings", StringComparison.Ordinal)) sharedPart = target;
            else if (type.EndsWith("/styles", StringComparison.Ordinal)) stylesPart = target;
        }
        var shared = sharedPart is null ? [] : package.Guard(sharedPart, () => SharedStrings(package, sharedPart));
        var formats = stylesPart is null ? CellNumberFormat.Table.Empty : package.Guard(stylesPart, () => CellNumberFormat.Read(package.OpenXml(stylesPart)));

        var lines = new List<string>();
        var grid = new GridBuilder();
        foreach (var sheet in sheets)
        {
            if (lines.Count > 0) lines.Add("");
            var sheetGrid = new XlsxSheetGrid();
            package.Guard(sheet, () => { ReadSheet(package, sheet, shared, formats, lines, sheetGrid); return 0; });
            sheetGrid.AddTo(grid);
        }
        if (sheets.Count == 0)
            throw new DocumentReadException($"Excel 文件“{package.FileName}”没有工作表，无法读取。");
        return SourceText.FromExtracted(package.FileName, lines, "xlsx").WithGrid(grid.Build(package.FileName, "xlsx", _ => 0));
    }

    private static List<string> SheetParts(OfficePackage package, string workbook, Dictionary<string, (string Type, string Target)> relationships)
    {
        var parts = new List<string>();
        using var reader = package.OpenXml(workbook)
            ?? throw new DocumentReadException($"Excel 文件“{package.FileName}”缺少工作簿部件（{workbook}），文件不完整，无法读取。请用 Excel/WPS 打开后重新保存再导入。");
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet" || reader.NamespaceURI != S) continue;
            var id = reader.GetAttribute("id", R);
            if (id is not null && relationships.TryGetValue(id, out var rel) && package.Has(rel.Target)) parts.Add(rel.Target);
        }
        return parts;
    }

    /// <summary>The shared string table: each item's text runs joined, phonetic guides (rPh) left out.</summary>
    private static List<string> SharedStrings(OfficePackage package, string part)
    {
        var strings = new List<string>();
        using var reader = package.OpenXml(part);
        if (reader is null) return strings;
        StringBuilder? item = null;
        var inText = false;
        var phonetic = 0;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == S:
                    if (reader.LocalName == "si") { item = new StringBuilder(); if (reader.IsEmptyElement) { strings.Add(""); item = null; } }
                    else if (reader.LocalName == "rPh" && !reader.IsEmptyElement) phonetic++;
                    else if (reader.LocalName == "t") inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == S:
                    if (reader.LocalName == "si" && item is not null) { strings.Add(item.ToString()); item = null; }
                    else if (reader.LocalName == "rPh") phonetic--;
                    else if (reader.LocalName == "t") inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (inText && phonetic == 0) item?.Append(reader.Value);
                    break;
            }
        }
        return strings;
    }

    private static void ReadSheet(OfficePackage package, string part, List<string> shared, CellNumberFormat.Table formats, List<string> lines, XlsxSheetGrid grid)
    {
        using var reader = package.OpenXml(part);
        if (reader is null) return;
        var lastRow = 0;
        var cells = new List<string>();
        string? type = null;
        var style = 0;
        var column = -1;
        var value = new StringBuilder();
        var inValue = false;
        var hasValue = false;
        var rowNumber = 0;

        void FlushRow()
        {
            if (rowNumber == 0) return;
            // Empty rows between the ones stored keep the sheet's vertical spacing (blocks separated by blank rows).
            for (var r = lastRow + 1; r < rowNumber && lines.Count < int.MaxValue; r++) lines.Add("");
            var end = cells.Count;
            while (end > 0 && cells[end - 1].Length == 0) end--;
            for (var c = 0; c < end; c++)
                if (cells[c].Length > 0) grid.Add(rowNumber - 1, c, cells[c], lines.Count);
            lines.Add(string.Join('\t', cells.Take(end)));
            lastRow = rowNumber;
            cells.Clear();
            rowNumber = 0;
        }

        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == S:
                    switch (reader.LocalName)
                    {
                        case "row":
                            FlushRow();
                            rowNumber = int.TryParse(reader.GetAttribute("r"), out var r) && r > lastRow ? r : lastRow + 1;
                            if (reader.IsEmptyElement) FlushRow();
                            break;
                        case "c":
                            type = reader.GetAttribute("t");
                            style = int.TryParse(reader.GetAttribute("s"), out var s) ? s : 0;
                            column = ColumnOf(reader.GetAttribute("r"), cells.Count);
                            value.Clear();
                            hasValue = false;
                            if (reader.IsEmptyElement) column = -1;
                            break;
                        case "mergeCell":
                            grid.Merge(reader.GetAttribute("ref"));
                            break;
                        case "v" or "t" when column >= 0:
                            inValue = !reader.IsEmptyElement;
                            hasValue = true;
                            break;
                    }
                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == S:
                    if (reader.LocalName is "v" or "t") inValue = false;
                    else if (reader.LocalName == "c" && column >= 0)
                    {
                        if (hasValue) Place(cells, column, CellText(type, value.ToString(), style, shared, formats));
                        column = -1;
                    }
                    else if (reader.LocalName == "row") FlushRow();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (inValue) value.Append(reader.Value);
                    break;
            }
        }
        FlushRow();
    }

    private static void Place(List<string> cells, int column, string text)
    {
        if (column >= MaxColumns) return;
        while (cells.Count <= column) cells.Add("");
        // Tabs and line breaks inside a cell would split it into cells or lines; they are spacing here.
        cells[column] = text.Replace('\t', ' ').Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
    }

    private static string CellText(string? type, string raw, int style, List<string> shared, CellNumberFormat.Table formats) => type switch
    {
        "s" => int.TryParse(raw, out var i) && i >= 0 && i < shared.Count ? shared[i] : "",
        "str" or "inlineStr" or "e" => raw,
        "b" => raw == "1" ? "TRUE" : "FALSE",
        _ => formats.Format(style, raw),
    };

    /// <summary>0-based column of a reference like "AB12"; a cell without one follows the previous cell.</summary>
    private static int ColumnOf(string? reference, int next)
    {
        if (string.IsNullOrEmpty(reference)) return next;
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z') break;
            column = column * 26 + (upper - 'A' + 1);
            if (++letters > 3) return MaxColumns;
        }
        return letters == 0 ? next : column - 1;
    }
}
