using System.Text;
using Jixiao.Documents.Exchange;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests;

/// <summary>The same seed saved as GB18030, UTF-16 or UTF-8 with BOM imports to the same document.</summary>
public class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> SeedsByEncoding()
    {
        var data = new TheoryData<string, string>();
        foreach (var seed in Seeds.All)
            foreach (var enc in new[] { "GB18030", "UTF-16LE-BOM", "UTF-16BE-BOM", "UTF-8-BOM" })
                data.Add(seed, enc);
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedsByEncoding))]
    public void Seed_in_another_encoding_imports_identically(string seed, string encoding)
    {
        var utf8 = Seeds.Bytes(seed);
        var text = Encoding.UTF8.GetString(utf8);
        byte[] bytes = encoding switch
        {
            "GB18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
            "UTF-16LE-BOM" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "UTF-16BE-BOM" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => [.. Encoding.UTF8.GetPreamble(), .. utf8],
        };
        var importer = DocumentImporter.CreateDefault();
        var expected = DocumentJsonWriter.ToJson(importer.Import(seed, utf8).Document);
        var result = importer.Import(seed, bytes);
        Assert.Equal(expected, DocumentJsonWriter.ToJson(result.Document));
        var detected = encoding switch
        {
            "GB18030" => "GB18030",
            "UTF-16LE-BOM" => "UTF-16LE",
            "UTF-16BE-BOM" => "UTF-16BE",
            _ => "UTF-8 (BOM)",
        };
        Assert.Equal(detected, result.EncodingName);
    }

    [Fact]
    public void Gb18030_really_differs_from_utf8_on_disk()
    {
        // Guards the test above against comparing a file with itself.
        var text = Encoding.UTF8.GetString(Seeds.Bytes(Seeds.S000));
        Assert.NotEqual(Seeds.Bytes(Seeds.S000), Encoding.GetEncoding("GB18030").GetBytes(text));
    }
}
