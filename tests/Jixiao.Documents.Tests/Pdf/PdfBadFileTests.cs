using System.Diagnostics;
using Jixiao.Documents.Sources;
using Jixiao.Documents.Sources.Pdf;
using Jixiao.Documents.Tests.Support;
using SkiaSharp;

namespace Jixiao.Documents.Tests.Pdf;

/// <summary>
/// Issue 4 point 4 for PDF: encrypted, scanned (no text layer), very large, truncated and damaged files are refused
/// with a clear Chinese message, or read; never a crash.
/// </summary>
public class PdfBadFileTests
{
    private static readonly DocumentImporter Importer = DocumentImporter.CreateDefault();

    [Fact]
    public void A_pdf_locked_with_a_user_password_is_refused_as_encrypted()
    {
        var path = PdfFixtures.EncryptedPdfPath(Seeds.S000, "jixiao-user");
        var ex = Assert.Throws<DocumentReadException>(() => Importer.Import(Path.GetFileName(path), File.ReadAllBytes(path)));
        Assert.Contains("已加密", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(path), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_encrypted_without_a_user_password_reads_like_the_plain_file()
    {
        // Owner-password-only encryption (print/copy restrictions) opens without a password in every viewer.
        var plain = PdfFixtures.LibreOfficePdfPath(Seeds.S003);
        var encrypted = PdfFixtures.EncryptedPdfPath(Seeds.S003, "");
        var format = new PdfFormat();
        Assert.Equal(format.Read("a.pdf", File.ReadAllBytes(plain)).Content, format.Read("a.pdf", File.ReadAllBytes(encrypted)).Content);
    }

    [Fact]
    public void A_scan_without_a_text_layer_asks_for_ocr()
    {
        var bytes = ScannedPdf();
        var ex = Assert.Throws<DocumentReadException>(() => Importer.Import("扫描件.pdf", bytes));
        Assert.StartsWith("该PDF没有文字层（可能是扫描件），请先进行文字识别（OCR）", ex.Message, StringComparison.Ordinal);
        Assert.Contains("扫描件.pdf", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_may_follow_some_junk_within_the_first_kilobyte()
    {
        var format = new PdfFormat();
        Assert.True(format.Recognizes("\r\n\r\n%PDF-1.7\n"u8));
        Assert.False(format.Recognizes("项目名称\t%PDF 不是文件头"u8));
        Assert.IsType<PdfFormat>(SourceFormats.Detect(File.ReadAllBytes(PdfFixtures.LibreOfficePdfPath(Seeds.S000))));
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.3)]
    [InlineData(0.6)]
    [InlineData(0.95)]
    [InlineData(0.999)]
    public void A_truncated_pdf_is_read_or_refused_cleanly(double keep)
    {
        var bytes = File.ReadAllBytes(PdfFixtures.LibreOfficePdfPath(Seeds.S002));
        var cut = bytes[..(int)(bytes.Length * keep)];
        ImportsOrIsRefused("截断.pdf", cut);
    }

    [Fact]
    public void A_pdf_whose_middle_is_overwritten_is_read_or_refused_cleanly()
    {
        var bytes = File.ReadAllBytes(PdfFixtures.LibreOfficePdfPath(Seeds.S004));
        Array.Fill(bytes, (byte)'x', bytes.Length / 3, bytes.Length / 3);
        ImportsOrIsRefused("损坏.pdf", bytes);
    }

    [Fact]
    public void A_50_mb_pdf_is_read_within_500_mb()
    {
        var bytes = LargePdf();
        Assert.True(bytes.Length >= 50L * 1024 * 1024, $"夹具只有 {bytes.Length / 1024 / 1024} MB");
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        process.Refresh();
        var before = process.WorkingSet64;
        var text = new PdfFormat().Read("大文件.pdf", bytes);
        process.Refresh();
        var peakGrowth = process.PeakWorkingSet64 - before;
        Assert.Contains(text.Lines, l => l.Text == "部门预算绩效目标");
        Assert.True(peakGrowth <= 500L * 1024 * 1024, $"读取 50 MB 的 PDF 使内存峰值增加了 {peakGrowth / 1024 / 1024} MB");
    }

    [Fact]
    public void Fifty_megabytes_of_junk_behind_a_pdf_header_are_refused_cleanly()
    {
        var bytes = new byte[50 * 1024 * 1024];
        new Random(4).NextBytes(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        var ex = Assert.Throws<DocumentReadException>(() => Importer.Import("垃圾.pdf", bytes));
        Assert.Contains("垃圾.pdf", ex.Message, StringComparison.Ordinal);
    }

    internal static void ImportsOrIsRefused(string name, byte[] bytes)
    {
        try
        {
            Importer.Import(name, bytes);
        }
        catch (DocumentReadException ex)
        {
            Assert.Contains(name, ex.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>A page that is only a picture of text, as a scanner makes it.</summary>
    private static byte[] ScannedPdf()
    {
        using var bitmap = new SKBitmap(600, 800);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var ink = new SKPaint { Color = SKColors.Black, StrokeWidth = 3 };
            for (var y = 60; y < 760; y += 40) canvas.DrawLine(50, y, 550, y, ink);
        }
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(595, 842);
            using (var image = SKImage.FromBitmap(bitmap)) canvas.DrawImage(image, new SKRect(0, 0, 595, 842), SKSamplingOptions.Default);
            document.EndPage();
            document.Close();
        }
        return stream.ToArray();
    }

    /// <summary>One page of text and one page with a 50 MB picture of noise that no compression shrinks.</summary>
    private static byte[] LargePdf()
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream, new SKDocumentPdfMetadata { EncodingQuality = 101 }))
        {
            var canvas = document.BeginPage(595, 842);
            using (var typeface = SKTypeface.FromFile("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
            using (var font = new SKFont(typeface, 16))
            using (var ink = new SKPaint { Color = SKColors.Black })
                canvas.DrawText("部门预算绩效目标", 100, 100, SKTextAlign.Left, font, ink);
            document.EndPage();
            using (var noise = new SKBitmap(new SKImageInfo(4200, 4200, SKColorType.Rgba8888, SKAlphaType.Opaque)))
            {
                var pixels = new byte[noise.ByteCount];
                new Random(50).NextBytes(pixels);
                for (var i = 3; i < pixels.Length; i += 4) pixels[i] = 255;
                System.Runtime.InteropServices.Marshal.Copy(pixels, 0, noise.GetPixels(), pixels.Length);
                canvas = document.BeginPage(595, 842);
                using (var image = SKImage.FromBitmap(noise)) canvas.DrawImage(image, new SKRect(0, 0, 595, 842), SKSamplingOptions.Default);
                document.EndPage();
            }
            document.Close();
        }
        return stream.ToArray();
    }
}
