using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources.Office;

/// <summary>
/// A zip archive that is neither a Word nor an Excel package — an .odt/.ods, a .zip of files, or an Office file so
/// damaged that its main part's name is gone. Refused with a message saying what it is and what to do, instead of
/// the text decoder's "binary data".
/// </summary>
public sealed class OtherZipFormat : ISourceFormat
{
    public string Name => "zip";

    public bool Recognizes(ReadOnlySpan<byte> bytes) => ZipSignature.IsZip(bytes);

    public SourceText Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (ZipSignature.NamesPart(span, "application/vnd.oasis.opendocument"u8))
            throw new DocumentReadException($"文件“{fileName}”是 OpenDocument（.odt/.ods）文件，暂不支持直接导入。请在 WPS/Office/LibreOffice 中另存为 .docx 或 .xlsx 后再导入。");
        throw new DocumentReadException($"文件“{fileName}”是 ZIP 压缩包，但不是 Word（.docx）或 Excel（.xlsx）文件，或文件已损坏、不完整。请解压后导入其中的绩效目标文件，或重新保存该文件后再导入。");
    }
}
