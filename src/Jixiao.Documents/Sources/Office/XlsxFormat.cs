using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources.Office;

/// <summary>
/// Excel 2007+ workbooks (.xlsx, also .xlsm and WPS's .xlsx): a zip package with an xl/workbook.xml part.
/// Every sheet is read row by row (see <see cref="XlsxTextExtractor"/>).
/// </summary>
public sealed class XlsxFormat(ZipLimits limits) : ISourceFormat
{
    public XlsxFormat() : this(ZipLimits.Default) { }

    public string Name => "xlsx";

    public bool Recognizes(ReadOnlySpan<byte> bytes) =>
        ZipSignature.IsZip(bytes) && ZipSignature.NamesPart(bytes, "xl/workbook.xml"u8);

    public SourceText Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        using var package = OfficePackage.Open(fileName, "Excel 文件", bytes, limits);
        return XlsxTextExtractor.Extract(package);
    }
}
