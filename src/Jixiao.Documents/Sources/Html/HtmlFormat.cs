using System.Xml;
using System.Xml.Linq;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources.Html;

/// <summary>
/// HTML pages (网上公开的网页版), recognised by <c>&lt;!DOCTYPE html</c> or <c>&lt;html</c> at the start. The page
/// must be well-formed XHTML syntax (as <see cref="Publishing.Html.HtmlPublisher"/> writes it): browser-tolerant
/// HTML with unclosed tags cannot be read reliably and is refused with a Chinese message. Tables become the lines of
/// a Word table export (one tab-indented line per cell, a blank line after each row, a cell covered by a rowspan as
/// an empty cell line); other text becomes one line per paragraph. See docs/publishing-html.md.
/// </summary>
public sealed class HtmlFormat : ISourceFormat
{
    public string Name => "html";

    public bool Recognizes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var i = 0;
        while (i < bytes.Length && i < 1024 && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        var head = bytes[i..Math.Min(bytes.Length, i + 14)];
        return StartsWithIgnoreCase(head, "<!doctype html"u8) || (StartsWithIgnoreCase(head, "<html"u8) && head.Length > 5 && head[5] is (byte)' ' or (byte)'>' or (byte)'\t' or (byte)'\r' or (byte)'\n');
    }

    public SourceText Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        var (text, _) = TextDecoder.Decode(bytes.Span, fileName);
        XDocument page;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            page = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex)
        {
            throw new DocumentReadException(
                $"网页文件“{fileName}”第 {ex.LineNumber} 行第 {ex.LinePosition} 列不符合规范的 XHTML 写法（标签未闭合、使用了 &nbsp; 等实体或属性缺少引号），无法可靠读取表格。请导入本系统公开的网页文件，或把网页另存为 Word、Excel 或 PDF 后再导入。");
        }
        var body = page.Root?.Elements().FirstOrDefault(e => e.Name.LocalName.Equals("body", StringComparison.OrdinalIgnoreCase));
        if (body is null)
            throw new DocumentReadException($"网页文件“{fileName}”没有正文（缺少 <body> 元素），无法读取。");
        var lines = new HtmlLines();
        lines.AddContainer(body);
        if (lines.Lines.All(string.IsNullOrWhiteSpace))
            throw new DocumentReadException($"网页文件“{fileName}”的正文中没有文字，无法读取。");
        return SourceText.FromExtracted(fileName, lines.Lines, Name).WithGrid(lines.Grid.Build(fileName, Name, _ => 0));
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> prefix)
    {
        if (bytes.Length < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
            if ((bytes[i] | 0x20) != prefix[i] && bytes[i] != prefix[i]) return false;
        return true;
    }
}
