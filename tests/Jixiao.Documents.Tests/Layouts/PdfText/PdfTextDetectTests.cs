using Jixiao.Documents.Layouts;
using Jixiao.Documents.Layouts.PdfText;
using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Layouts.PdfText;

public class PdfTextDetectTests
{
    private static readonly PdfTextLayout Reader = new();

    [Fact]
    public void Is_named_pdf_text_and_registered_once() =>
        Assert.Single(DefaultLayouts.All, l => l.Name == "pdf-text" && l is PdfTextLayout);

    [Theory]
    [InlineData(Seeds.S002)]
    [InlineData(Seeds.S004)]
    public void Pdf_text_seeds_score_high(string seed) =>
        Assert.True(Reader.Detect(Seeds.Text(seed)) >= 0.9, $"{seed}: {Reader.Detect(Seeds.Text(seed))}");

    [Theory]
    [InlineData(Seeds.S000)] // Word table text: one cell per line
    [InlineData(Seeds.S001)] // spreadsheet form: 指标性质 and 权重, no 绩效指标描述, no 项目编码
    [InlineData(Seeds.S003)]
    public void Other_layouts_score_below_the_import_threshold(string seed) =>
        Assert.True(Reader.Detect(Seeds.Text(seed)) < DocumentImporter.MinimumDetectionScore / 3, $"{seed}: {Reader.Detect(Seeds.Text(seed))}");

    [Fact]
    public void Ranks_both_pdf_seeds_above_every_other_seed()
    {
        var scores = Seeds.All.ToDictionary(s => s, s => Reader.Detect(Seeds.Text(s)));
        var lowestPdf = Math.Min(scores[Seeds.S002], scores[Seeds.S004]);
        foreach (var other in new[] { Seeds.S000, Seeds.S001, Seeds.S003 })
            Assert.True(lowestPdf > scores[other] + 0.5, $"{other}: {scores[other]} vs {lowestPdf}");
    }

    [Theory]
    [InlineData(Seeds.S002)]
    [InlineData(Seeds.S004)]
    public void Is_the_registered_layout_that_wins_on_pdf_seeds(string seed)
    {
        var text = Seeds.Text(seed);
        var best = DefaultLayouts.All.OrderByDescending(l => l.Detect(text)).First();
        Assert.Equal("pdf-text", best.Name);
    }

    [Fact]
    public void Detection_ignores_the_file_name()
    {
        var content = Seeds.Text(Seeds.S000).Content;
        var renamed = Jixiao.Documents.Text.SourceText.FromString(Seeds.S004, content);
        Assert.Equal(0, Reader.Detect(renamed));
    }

    [Fact]
    public void A_bare_indicator_header_row_alone_is_not_enough_for_the_import_threshold()
    {
        var text = Jixiao.Documents.Text.SourceText.FromString("x.txt", "项目编码\t1\t项目名称\t示例\n");
        Assert.True(Reader.Detect(text) < DocumentImporter.MinimumDetectionScore);
    }
}
