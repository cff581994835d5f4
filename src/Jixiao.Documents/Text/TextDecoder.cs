using System.Text;

namespace Jixiao.Documents.Text;

/// <summary>Detects the encoding of a text file: BOMs first, then strict UTF-8, then GB18030.</summary>
internal static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes, string fileName)
    {
        if (bytes.Length == 0)
            throw new DocumentReadException($"文件“{fileName}”是空的，没有可导入的内容。");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (DecodeStrict(StrictUtf8, bytes[3..], fileName, "UTF-8"), "UTF-8 (BOM)");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (new UnicodeEncoding(false, false, true).GetString(bytes[2..]), "UTF-16LE");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (new UnicodeEncoding(true, false, true).GetString(bytes[2..]), "UTF-16BE");
        if (LooksBinary(bytes))
            throw new DocumentReadException($"文件“{fileName}”不是文本文件（含有二进制数据）。请导入绩效目标文本、Word、Excel 或 PDF 文件。");
        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Chinese government files saved by older Office/WPS are GB18030 (a superset of GBK/GB2312).
            var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return (DecodeStrict(gb, bytes, fileName, "GB18030"), "GB18030");
        }
    }

    private static string DecodeStrict(Encoding encoding, ReadOnlySpan<byte> bytes, string fileName, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentReadException($"文件“{fileName}”第 {ex.Index + 1} 个字节起无法按 {name} 编码读取，文件可能已损坏。");
        }
    }

    /// <summary>NUL bytes (outside UTF-16, handled above) or many control characters mean binary data.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x09 || b is > 0x0D and < 0x20) control++;
        }
        return control > sample.Length / 20;
    }
}
