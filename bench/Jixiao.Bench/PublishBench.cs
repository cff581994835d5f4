using BenchmarkDotNet.Attributes;
using Jixiao.Core.Model;
using Jixiao.Documents;
using Jixiao.Documents.Publishing.Docx;
using Jixiao.Documents.Publishing.Html;
using Jixiao.Documents.Publishing.Pdf;
using Jixiao.Documents.Publishing.Xlsx;

namespace Jixiao.Bench;

/// <summary>Writing seed 004 as .docx, .xlsx, PDF and HTML (issue 4); kept in bench rather than as wall-clock asserts in CI.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class PublishBench
{
    private TargetDocument _document = null!;

    [GlobalSetup]
    public void Setup() =>
        _document = DocumentImporter.CreateDefault().Import("004_118d383ccab95c06.txt", File.ReadAllBytes(SeedFiles.Path("004_118d383ccab95c06.txt"))).Document;

    [Benchmark]
    public long WriteDocx()
    {
        using var stream = new MemoryStream();
        DocxPublisher.Write(_document, stream);
        return stream.Length;
    }

    [Benchmark]
    public long WriteXlsx()
    {
        using var stream = new MemoryStream();
        XlsxPublisher.Write(_document, stream);
        return stream.Length;
    }

    [Benchmark]
    public long WritePdf()
    {
        using var stream = new MemoryStream();
        PdfPublisher.Write(_document, stream);
        return stream.Length;
    }

    [Benchmark]
    public long WriteHtml()
    {
        using var stream = new MemoryStream();
        HtmlPublisher.Write(_document, stream);
        return stream.Length;
    }
}
