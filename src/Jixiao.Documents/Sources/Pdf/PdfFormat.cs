using System.Runtime.InteropServices;
using Jixiao.Documents.Text;
using UglyToad.PdfPig;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// PDF with a text layer, read with PdfPig: glyph positions and the table borders drawn on each page are rebuilt
/// into lines — one line per table row with tab-separated cells, one line per paragraph of running text — with the
/// page and bounding box of each (see docs/pdf-reading.md). Refused with a Chinese message: encrypted files, files
/// without a text layer (scans: OCR first), damaged or truncated files, files over <see cref="MaxBytes"/>.
/// </summary>
public sealed class PdfFormat : ISourceFormat
{
    /// <summary>Larger files are refused before parsing. Published 部门预算 PDFs are a few MB; scans of them reach tens of MB.</summary>
    public const int MaxBytes = 200 * 1024 * 1024;

    /// <summary>More pages than this is no department's budget document and would take minutes to read.</summary>
    public const int MaxPages = 3000;

    public string Name => "pdf";

    /// <summary>"%PDF-" in the first kilobyte (the standard allows junk before the header, and some producers write it).</summary>
    public bool Recognizes(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    public SourceText Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
            throw new DocumentReadException(
                $"PDF 文件“{fileName}”有 {bytes.Length / 1024 / 1024} MB，超过可导入的上限 {MaxBytes / 1024 / 1024} MB。请分册导出或压缩图片后再导入。");
        var options = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false };
        // PdfPig reads from an array: the caller's own array when the memory is a whole one, a copy otherwise.
        var array = MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array : bytes.ToArray();
        using var document = PdfFailures.Guard(fileName, 0, () => PdfDocument.Open(array, options));
        var pages = PdfFailures.Guard(fileName, 0, () => document.NumberOfPages);
        if (pages == 0)
            throw new DocumentReadException(PdfFailures.Damaged(fileName, 0, "没有页面"));
        if (pages > MaxPages)
            throw new DocumentReadException($"PDF 文件“{fileName}”有 {pages} 页，超过可导入的上限 {MaxPages} 页。请只导出部门预算与绩效目标部分再导入。");
        var (lines, locations, glyphs, grid) = PdfTextExtractor.Extract(document, fileName);
        if (glyphs == 0)
            throw new DocumentReadException(
                $"该PDF没有文字层（可能是扫描件），请先进行文字识别（OCR）后再导入：文件“{fileName}”共 {pages} 页，没有一页含可提取的文字。");
        return SourceText.FromExtracted(fileName, lines, Name, locations).WithGrid(grid);
    }
}
