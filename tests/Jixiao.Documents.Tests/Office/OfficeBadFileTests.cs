using System.IO.Compression;
using System.Text;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Office;

/// <summary>Issue 4 point 4: damaged, hostile, encrypted and legacy Office files are refused with a Chinese message saying what to do.</summary>
public class OfficeBadFileTests
{
    private static readonly DocumentImporter Importer = DocumentImporter.CreateDefault();

    private static DocumentReadException Refused(string name, byte[] bytes) =>
        Assert.Throws<DocumentReadException>(() => Importer.Import(name, bytes));

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.6)]
    [InlineData(0.95)]
    public void Truncated_docx_is_refused_as_damaged(double keep)
    {
        var bytes = File.ReadAllBytes(OfficeFixtures.DocxPath(Seeds.S000));
        var ex = Refused("cut.docx", bytes[..(int)(bytes.Length * keep)]);
        Assert.Contains("cut.docx", ex.Message);
        Assert.True(ex.Message.Contains("损坏", StringComparison.Ordinal) || ex.Message.Contains("不完整", StringComparison.Ordinal), ex.Message);
    }

    [Fact]
    public void Truncated_xlsx_is_refused_as_damaged()
    {
        var bytes = File.ReadAllBytes(OfficeFixtures.XlsxPath(Seeds.S001));
        var ex = Refused("cut.xlsx", bytes[..(bytes.Length / 2)]);
        Assert.True(ex.Message.Contains("损坏", StringComparison.Ordinal) || ex.Message.Contains("不完整", StringComparison.Ordinal), ex.Message);
    }

    [Fact]
    public void Zip_bomb_is_refused_before_it_is_inflated()
    {
        // 300 MB of one byte packs to about 300 KB: past both the total limit and any sane ratio.
        var bomb = Package(("word/document.xml", 300L * 1024 * 1024));
        var before = GC.GetTotalAllocatedBytes(precise: false);
        var ex = Refused("bomb.docx", bomb);
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - before;
        Assert.Contains("bomb.docx", ex.Message);
        Assert.True(ex.Message.Contains("上限", StringComparison.Ordinal) || ex.Message.Contains("压缩比", StringComparison.Ordinal), ex.Message);
        // Refused from the zip directory: nothing near the unpacked size was allocated.
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Part_with_an_absurd_ratio_is_refused_even_under_the_total_limit()
    {
        var bomb = Package(("xl/workbook.xml", 50L * 1024 * 1024));
        var ex = Refused("ratio.xlsx", bomb);
        Assert.Contains("压缩比异常", ex.Message);
    }

    [Fact]
    public void Part_that_inflates_past_its_declared_size_is_stopped()
    {
        // 20 MB of one byte, its directory entries patched to claim 1000 bytes: the size checks pass, the inflating must stop.
        var bytes = Package(("word/document.xml", 20L * 1024 * 1024));
        PatchSize(bytes, "PK\u0001\u0002"u8, 24);
        PatchSize(bytes, "PK\u0003\u0004"u8, 22);
        var ex = Refused("liar.docx", bytes);
        Assert.True(ex.Message.Contains("声明的大小", StringComparison.Ordinal) || ex.Message.Contains("损坏", StringComparison.Ordinal), ex.Message);
    }

    private static void PatchSize(byte[] zip, ReadOnlySpan<byte> signature, int offset)
    {
        var at = zip.AsSpan().IndexOf(signature);
        Assert.True(at >= 0);
        BitConverter.GetBytes(1000u).CopyTo(zip, at + offset);
    }

    [Fact]
    public void Encrypted_office_file_is_refused_as_password_protected()
    {
        var ex = Refused("secret.docx", OleContainer("EncryptedInfo", "EncryptedPackage"));
        Assert.Contains("密码", ex.Message);
        Assert.Contains("secret.docx", ex.Message);
    }

    [Fact]
    public void Legacy_doc_is_refused_saying_save_as_docx()
    {
        var ex = Refused("old.doc", OleContainer("WordDocument", "1Table"));
        Assert.Contains("另存为 .docx", ex.Message);
    }

    [Fact]
    public void Legacy_xls_is_refused_saying_save_as_xlsx()
    {
        var ex = Refused("old.xls", OleContainer("Workbook"));
        Assert.Contains("另存为 .xlsx", ex.Message);
    }

    [Fact]
    public void Legacy_xls_made_by_libreoffice_is_refused_saying_save_as_xlsx()
    {
        var xls = OfficeFixtures.LibreOfficeConvert(OfficeFixtures.XlsxPath(Seeds.S001), "xls:MS Excel 97", "legacy-xls");
        var ex = Refused("real.xls", File.ReadAllBytes(xls));
        Assert.Contains("另存为 .xlsx", ex.Message);
    }

    [Fact]
    public void Zip_that_is_not_an_office_file_says_so()
    {
        var ex = Refused("photos.zip", Package(("a.txt", 10)));
        Assert.Contains("不是 Word（.docx）或 Excel（.xlsx）", ex.Message);
    }

    [Fact]
    public void Docx_without_the_main_part_named_in_its_relationships_is_refused()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"r\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            Write(zip, "word/document.xml.bak", "x");
        }
        // The name occurs (as a prefix of the .bak) so the bytes look like Word; the part itself is missing.
        var ex = Refused("empty.docx", stream.ToArray());
        Assert.Contains("缺少正文部件", ex.Message);
    }

    [Fact]
    public void Fifty_megabyte_docx_of_padding_is_refused_or_read_without_running_out_of_memory()
    {
        // A real document with a 50 MB incompressible attachment: the text is read, the attachment never inflated.
        var docx = File.ReadAllBytes(OfficeFixtures.DocxPath(Seeds.S004));
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.CreateEntry("word/media/scan.bin", CompressionLevel.NoCompression);
            using var s = entry.Open();
            var chunk = new byte[1024 * 1024];
            var random = new Random(4);
            for (var i = 0; i < 50; i++) { random.NextBytes(chunk); s.Write(chunk); }
        }
        var bytes = stream.ToArray();
        Assert.True(bytes.Length > 50 * 1024 * 1024);
        var result = Importer.Import("big.docx", bytes);
        Assert.Equal(OfficeJson.OfFile(OfficeFixtures.DocxPath(Seeds.S004)), OfficeJson.Normalized(result));
    }

    /// <summary>A zip whose parts are runs of one byte of the given sizes (at the smallest size they pack about 1000:1).</summary>
    private static byte[] Package(params (string Name, long Size)[] parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, size) in parts)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
                using var s = entry.Open();
                var chunk = new byte[1024 * 1024];
                Array.Fill(chunk, (byte)'<');
                for (long written = 0; written < size; written += chunk.Length)
                    s.Write(chunk, 0, (int)Math.Min(chunk.Length, size - written));
            }
        }
        return stream.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var s = zip.CreateEntry(name).Open();
        s.Write(Encoding.UTF8.GetBytes(content));
    }

    /// <summary>
    /// The head of an OLE2 compound file: the magic, then a directory sector naming the given streams in UTF-16LE
    /// (what Office writes for .doc, .xls and encrypted .docx/.xlsx). Enough for recognition, which is all Jixiao does.
    /// </summary>
    private static byte[] OleContainer(params string[] streams)
    {
        var bytes = new List<byte> { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        bytes.AddRange(new byte[512 - 8]);
        foreach (var name in new[] { "Root Entry" }.Concat(streams))
        {
            var entry = new byte[128];
            Encoding.Unicode.GetBytes(name).CopyTo(entry, 0);
            bytes.AddRange(entry);
        }
        return [.. bytes];
    }
}
