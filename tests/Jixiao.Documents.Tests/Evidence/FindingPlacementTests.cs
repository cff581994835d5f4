using System.Text;
using Jixiao.Core.Review;
using Jixiao.Documents.Evidence;
using Jixiao.Documents.Publishing.Pdf;
using Jixiao.Documents.Tests.Pdf;
using Jixiao.Documents.Tests.RealDocuments;
using Jixiao.Documents.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;

namespace Jixiao.Documents.Tests.Evidence;

/// <summary>
/// Every finding sits where its problem is: the heading with nothing under it, the funds row, the weights, the second
/// printing of a table, the blank page itself. Only a finding about something the document lacks (R-DOC-001, R-DEP-001
/// without any 部门整体绩效目标) has no place.
/// </summary>
public class FindingPlacementTests
{
    private const string SeedPdf = "seed 004 (PDF)";

    public static TheoryData<string> Documents => new()
    {
        EvidenceFixtures.WelfareHome, EvidenceFixtures.FinanceBureau, RealDocs.Beijing, RealDocs.Yantai, RealDocs.Fuzhou, SeedPdf,
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_finding_but_a_missing_part_has_a_page_and_a_box_on_that_page(string file)
    {
        var bytes = file == SeedPdf ? File.ReadAllBytes(PdfFixtures.OwnPdfPath(Seeds.S004)) : EvidenceFixtures.Bytes(file);
        var located = Locate(file + ".pdf", bytes);
        Assert.NotEmpty(located);
        using var pdf = PdfDocument.Open(bytes);
        foreach (var (_, finding, evidence) in located)
        {
            if (IsAboutSomethingMissing(finding))
            {
                Assert.Same(FindingEvidence.None, evidence);
                Assert.StartsWith("整个文档", finding.Where.ToString(), StringComparison.Ordinal);
                continue;
            }
            Assert.True(evidence.Page is >= 1, $"{file}：{finding} 没有页码");
            var box = Assert.NotNull(evidence.Box);
            var page = pdf.GetPage(evidence.Page!.Value);
            Assert.True(box.Left < box.Right && box.Bottom < box.Top, $"{file}：{finding} 的框是空的 {box}");
            Assert.True(box.Left >= -1 && box.Bottom >= -1 && box.Right <= page.Width + 1 && box.Top <= page.Height + 1,
                $"{file}：{finding} 的框 {box} 超出第{evidence.Page}页");
        }
    }

    [Fact]
    public void Empty_headings_of_seed_000_point_at_the_headings_in_the_text_and_in_its_published_pdf()
    {
        // 怀来县司法局: "二、分项绩效目标" and "三、工作保障措施" printed with nothing under them.
        var text = Locate(Seeds.S000, Seeds.Bytes(Seeds.S000));
        var source = DocumentImporter.CreateDefault().Import(Seeds.S000, Seeds.Bytes(Seeds.S000)).Source!;
        var sub = Single(text, RuleIds.OverallHeadingEmpty, "subGoals");
        var measures = Single(text, RuleIds.OverallHeadingEmpty, "measures");
        Assert.EndsWith("二、分项绩效目标", source.Lines[sub.Finding.Where.SourceLine - 1].Text, StringComparison.Ordinal);
        Assert.EndsWith("三、工作保障措施", source.Lines[measures.Finding.Where.SourceLine - 1].Text, StringComparison.Ordinal);

        // Our published PDF is read by a reader that keeps no heading line: the locator finds the heading by what it says.
        var bytes = File.ReadAllBytes(PdfFixtures.OwnPdfPath(Seeds.S000));
        var pdf = Locate("000.pdf", bytes);
        foreach (var (field, heading) in new[] { ("subGoals", "二、分项绩效目标"), ("measures", "三、工作保障措施") })
        {
            var evidence = Single(pdf, RuleIds.OverallHeadingEmpty, field).Evidence;
            Assert.Equal(heading, evidence.Quote);
            // The 目录 lists the heading too; the heading itself comes after it.
            Assert.Equal(PagesOf(bytes, heading).Max(), evidence.Page);
            var box = Assert.NotNull(evidence.Box);
            Assert.InRange(box.Top - box.Bottom, 5, 30); // one line, the heading
        }
    }

    [Fact]
    public void Wrong_funds_and_weights_of_seed_001_sit_on_the_funds_row_and_the_indicator_rows()
    {
        // Seed 001 with its 预算支出总额 printed 2292.58 (basic 1598.17 + project 684.41 = 2282.58) and the last weight 5.
        var lines = Encoding.UTF8.GetString(Seeds.Bytes(Seeds.S001)).Split('\n');
        var fundsLine = Array.FindIndex(lines, l => l.Contains("\t2282.58\t1598.17", StringComparison.Ordinal));
        var lastWeight = Array.FindIndex(lines, l => l.Contains("指标2：公证业务满意度\t\t\t≥\t99\t%\t10", StringComparison.Ordinal));
        Assert.True(fundsLine >= 0 && lastWeight >= 0, "种子001的资金行或权重行变了");
        lines[fundsLine] = lines[fundsLine].Replace("2282.58", "2292.58", StringComparison.Ordinal);
        lines[lastWeight] = lines[lastWeight].Replace("%\t10", "%\t5", StringComparison.Ordinal);
        var mutated = Encoding.UTF8.GetBytes(string.Join('\n', lines));

        var text = Locate(Seeds.S001, mutated);
        var funds = Single(text, RuleIds.OverallArithmetic, "funds");
        Assert.Equal(fundsLine + 1, funds.Evidence.FirstLine);
        Assert.StartsWith("2292.58", funds.Evidence.Quote, StringComparison.Ordinal);
        var weights = Single(text, RuleIds.OverallArithmetic, "weight");
        Assert.True(weights.Evidence.FirstLine < lastWeight + 1 && weights.Evidence.LastLine == lastWeight + 1,
            $"权重意见应覆盖各指标行，实为第{weights.Evidence.FirstLine}–{weights.Evidence.LastLine}行");

        // The same document published as PDF: the notes go on the funds table and the indicator table.
        var document = DocumentImporter.CreateDefault().Import(Seeds.S001, mutated).Document;
        var output = new MemoryStream();
        PdfPublisher.Write(document, output);
        var pdfBytes = output.ToArray();
        var pdf = Locate("001.pdf", pdfBytes);
        var pdfFunds = Single(pdf, RuleIds.OverallArithmetic, "funds").Evidence;
        Assert.Contains("2292.58", pdfFunds.Quote, StringComparison.Ordinal);
        Assert.Contains(pdfFunds.Page!.Value, PagesOf(pdfBytes, "2292.58"));
        Assert.NotNull(pdfFunds.Box);
        var pdfWeights = Single(pdf, RuleIds.OverallArithmetic, "weight").Evidence;
        Assert.Contains(pdfWeights.Page!.Value, PagesOf(pdfBytes, "指标1：支持人民调解案件数量"));
        Assert.NotNull(pdfWeights.Box);
    }

    [Fact]
    public void A_table_printed_twice_and_a_blank_page_are_noted_on_the_second_printing_and_on_the_blank_page()
    {
        // The Shanghai welfare home's 单位预算 put together again with its 支出预算总表 page (p.9) twice and a blank page
        // after it: p.10 is the second printing, p.11 is blank.
        var original = EvidenceFixtures.Bytes(EvidenceFixtures.WelfareHome);
        byte[] bytes;
        using (var source = PdfDocument.Open(original))
        {
            using var builder = new PdfDocumentBuilder();
            for (var p = 1; p <= 9; p++) builder.AddPage(source, p);
            builder.AddPage(source, 9);
            var blank = source.GetPage(9);
            builder.AddPage(blank.Width, blank.Height);
            for (var p = 10; p <= source.NumberOfPages; p++) builder.AddPage(source, p);
            bytes = builder.Build();
        }
        var located = Locate("welfare-home-reassembled.pdf", bytes);
        var findings = located.Where(l => l.Finding.RuleId == RuleIds.PrintedTwiceOrBlankPage).ToList();
        Assert.Equal(2, findings.Count);

        var twice = Assert.Single(findings, l => l.Finding.Where.Table is not null).Evidence;
        Assert.Equal(10, twice.Page);
        Assert.Equal("2024年预算单位支出预算总表", twice.Quote);
        Assert.NotNull(twice.Box);

        var blankPage = Assert.Single(findings, l => l.Finding.Where.Table is null);
        Assert.Equal(11, blankPage.Finding.Where.Page);
        Assert.Equal("第11页（整页）", blankPage.Finding.Where.ToString());
        Assert.Equal(11, blankPage.Evidence.Page);
        var box = Assert.NotNull(blankPage.Evidence.Box);
        using var pdf = PdfDocument.Open(bytes);
        var page = pdf.GetPage(11);
        Assert.True(box.Left >= 0 && box.Bottom >= 0 && box.Right <= page.Width && box.Top <= page.Height, $"空白页的框 {box} 超出页面");
        Assert.True(box.Right - box.Left > page.Width / 2, "空白页的框应框出版心");
    }

    private static bool IsAboutSomethingMissing(Finding f) =>
        f.RuleId == RuleIds.RequiredPartMissing
        || (f.RuleId == RuleIds.OverallTargetMissing && f.Where.Field == FindingFieldNames.WholeOverallTarget);

    private static List<LocatedFinding> Locate(string file, byte[] bytes)
    {
        var result = DocumentImporter.CreateDefault().Import(file, bytes);
        var locator = EvidenceLocator.For(result)!;
        return [.. ReviewRules.Default.Review(result.Document).Select(f => new LocatedFinding(file, f, locator.Locate(f)))];
    }

    private static LocatedFinding Single(List<LocatedFinding> located, string rule, string field) =>
        Assert.Single(located, l => l.Finding.RuleId == rule && l.Finding.Where.Field == field);

    /// <summary>The pages whose text holds the words (whitespace ignored), read straight from the PDF.</summary>
    private static List<int> PagesOf(byte[] pdfBytes, string words)
    {
        using var pdf = PdfDocument.Open(pdfBytes);
        return [.. pdf.GetPages().Where(p => string.Concat(p.Text.Where(c => !char.IsWhiteSpace(c))).Contains(words, StringComparison.Ordinal)).Select(p => p.Number)];
    }
}
