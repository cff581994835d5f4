using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources.Office;

/// <summary>
/// Word 2007+ documents (.docx, also .docm/.dotx and WPS's .docx): a zip package with a word/document.xml part.
/// Tables are read as tables, merged cells from gridSpan/vMerge (see <see cref="DocxTextExtractor"/>).
/// </summary>
public sealed class DocxFormat(ZipLimits limits) : ISourceFormat
{
    public DocxFormat() : this(ZipLimits.Default) { }

    public string Name => "docx";

    public bool Recognizes(ReadOnlySpan<byte> bytes) =>
        ZipSignature.IsZip(bytes) && ZipSignature.NamesPart(bytes, "word/document.xml"u8);

    public SourceText Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        using var package = OfficePackage.Open(fileName, "Word 文件", bytes, limits);
        return DocxTextExtractor.Extract(package);
    }
}
