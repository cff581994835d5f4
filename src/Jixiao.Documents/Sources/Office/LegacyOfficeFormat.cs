using System.Text;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Sources.Office;

/// <summary>
/// OLE2 compound files (magic D0 CF 11 E0 A1 B1 1A E1): Word 97–2003 .doc, Excel 97–2003 .xls, and — in the same
/// container — a password-protected .docx/.xlsx, which Office stores encrypted in an "EncryptedPackage" stream.
/// None of them can be read; each is refused saying what it is and what to save it as. The stream names are found
/// in the container's directory, which stores them as UTF-16LE.
/// </summary>
public sealed class LegacyOfficeFormat : ISourceFormat
{
    private static readonly byte[] Magic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");
    private static readonly byte[] WordDocument = Encoding.Unicode.GetBytes("WordDocument");
    private static readonly byte[] Workbook = Encoding.Unicode.GetBytes("Workbook");
    private static readonly byte[] OldWorkbook = Encoding.Unicode.GetBytes("Book");
    private static readonly byte[] WpsDocument = Encoding.Unicode.GetBytes("WpsContent");

    public string Name => "ole2";

    public bool Recognizes(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Magic);

    public SourceText Read(string fileName, ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.IndexOf(EncryptedPackage) >= 0)
            throw new DocumentReadException($"文件“{fileName}”设置了打开密码（已加密的 Word/Excel 文件），无法读取。请在 Office/WPS 中输入密码打开，取消密码（文件→信息→保护文档/工作簿→用密码进行加密，清空密码）并保存后再导入。");
        if (span.IndexOf(WordDocument) >= 0)
            throw new DocumentReadException($"文件“{fileName}”是旧版 Word 97-2003 文档（.doc），暂不支持。请在 Word/WPS 中打开，另存为 .docx 后再导入。");
        if (span.IndexOf(Workbook) >= 0 || span.IndexOf(OldWorkbook) >= 0)
            throw new DocumentReadException($"文件“{fileName}”是旧版 Excel 97-2003 工作簿（.xls），暂不支持。请在 Excel/WPS 中打开，另存为 .xlsx 后再导入。");
        if (span.IndexOf(WpsDocument) >= 0)
            throw new DocumentReadException($"文件“{fileName}”是旧版 WPS 文档（.wps），暂不支持。请在 WPS 中打开，另存为 .docx 后再导入。");
        throw new DocumentReadException($"文件“{fileName}”是旧版 Office 97-2003 格式（OLE2 复合文档），暂不支持。请另存为 .docx（Word）或 .xlsx（Excel）后再导入。");
    }
}
