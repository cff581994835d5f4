using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Docx;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Publishing.Docx;

/// <summary>Publishes a document to memory and reads the parts of the .docx the tests look at.</summary>
internal static class DocxReading
{
    public static TargetDocument Import(string seed) => DocumentImporter.CreateDefault().Import(seed, Seeds.Bytes(seed)).Document;

    public static byte[] Publish(TargetDocument document)
    {
        using var stream = new MemoryStream();
        DocxPublisher.Write(document, stream);
        return stream.ToArray();
    }

    public static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    /// <summary>Every top-level table with the text of the nearest heading (Heading1/Heading2) before it.</summary>
    public static List<(string Heading, Table Table)> TablesWithHeadings(Body body)
    {
        var result = new List<(string, Table)>();
        var heading = "";
        foreach (var element in body.ChildElements)
        {
            if (element is Paragraph p && p.ParagraphProperties?.ParagraphStyleId?.Val?.Value is "Heading1" or "Heading2")
                heading = p.InnerText;
            else if (element is Table t)
                result.Add((heading, t));
        }
        return result;
    }

    public static List<string> CellTexts(Table table) =>
        [.. table.Elements<TableRow>().SelectMany(r => r.Elements<TableCell>()).Select(CellText)];

    public static string CellText(TableCell cell) => string.Join("\n", cell.Elements<Paragraph>().Select(p => p.InnerText));

    public static List<string> RowTexts(TableRow row) => [.. row.Elements<TableCell>().Select(CellText)];

    public static MergedCellValues? VerticalMergeOf(TableCell cell)
    {
        var merge = cell.TableCellProperties?.GetFirstChild<VerticalMerge>();
        if (merge is null) return null;
        return merge.Val?.Value ?? MergedCellValues.Continue;
    }

    /// <summary>Asserts that <paramref name="expected"/> occur in <paramref name="cells"/> in this order (each in a later or the same cell than the one before).</summary>
    public static void AssertInOrder(IReadOnlyList<string> cells, IEnumerable<string> expected, string context)
    {
        var position = 0;
        foreach (var value in expected)
        {
            var found = -1;
            for (var i = position; i < cells.Count; i++)
                if (cells[i].Contains(value, StringComparison.Ordinal)) { found = i; break; }
            Assert.True(found >= 0, $"{context}: “{value}” not found in order after cell {position}");
            position = found;
        }
    }
}
