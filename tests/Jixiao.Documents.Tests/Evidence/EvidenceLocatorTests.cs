using Jixiao.Core.Review;
using Jixiao.Documents.Evidence;
using Jixiao.Documents.Tests.RealDocuments;
using Jixiao.Documents.Tests.Support;
using UglyToad.PdfPig;

namespace Jixiao.Documents.Tests.Evidence;

/// <summary>Located evidence (page, quote, box) of findings on the real PDFs and on seed 004 (plain text).</summary>
public class EvidenceLocatorTests
{
    public static TheoryData<string> Pdfs => new() { EvidenceFixtures.WelfareHome, EvidenceFixtures.FinanceBureau, RealDocs.Beijing, RealDocs.Yantai, RealDocs.Fuzhou };

    [Theory]
    [MemberData(nameof(Pdfs))]
    public void Every_finding_with_a_source_line_on_a_pdf_has_page_quote_and_a_box_on_that_page(string file)
    {
        var findings = EvidenceFixtures.Findings(file);
        using var pdf = PdfDocument.Open(EvidenceFixtures.Bytes(file));
        var located = findings.Where(f => f.Finding.Where.SourceLine > 0).ToList();
        Assert.NotEmpty(located);
        foreach (var (_, finding, evidence) in located)
        {
            Assert.True(evidence.Page is >= 1, $"{finding} 没有页码");
            Assert.False(string.IsNullOrWhiteSpace(evidence.Quote), $"{finding} 没有原文");
            var box = Assert.NotNull(evidence.Box);
            Assert.Equal(evidence.Page, evidence.Areas[0].Page);
            var page = pdf.GetPage(evidence.Page!.Value);
            Assert.True(box.Left < box.Right && box.Bottom < box.Top, $"{finding}: 空的框 {box}");
            Assert.True(box.Left >= -1 && box.Bottom >= -1 && box.Right <= page.Width + 1 && box.Top <= page.Height + 1,
                $"{finding}: 框 {box} 超出第{evidence.Page}页（{page.Width}×{page.Height}）");
        }
    }

    [Fact]
    public void A_placeholder_in_the_text_is_located_on_its_page_with_its_words()
    {
        var finding = Assert.Single(EvidenceFixtures.Findings(EvidenceFixtures.WelfareHome),
            f => f.Finding.RuleId == "R-TXT-001" && f.Finding.Message.Contains("（增加内容）", StringComparison.Ordinal));
        Assert.Equal(16, finding.Evidence.Page);
        Assert.Contains("（增加内容）", finding.Evidence.Quote, StringComparison.Ordinal);
        // The heading line "五、国有资产占有使用情况（增加内容）" is one short line: its box is one line high.
        var box = finding.Evidence.Box!.Value;
        Assert.InRange(box.Top - box.Bottom, 5, 30);
    }

    [Fact]
    public void A_figure_of_the_explanation_is_quoted_with_its_sentence()
    {
        var finding = Assert.Single(EvidenceFixtures.Findings(EvidenceFixtures.WelfareHome), f => f.Finding.RuleId == "R-NUM-002" && f.Finding.Actual == "738.66万元");
        Assert.Contains("738.66万元", finding.Evidence.Quote, StringComparison.Ordinal);
        Assert.Equal(6, finding.Evidence.Page);
    }

    [Theory]
    [InlineData(EvidenceFixtures.WelfareHome)]
    [InlineData(EvidenceFixtures.FinanceBureau)]
    [InlineData(RealDocs.Beijing)]
    public void Budget_table_rows_of_a_pdf_are_found_on_their_own_lines(string file)
    {
        var import = EvidenceFixtures.Import(file);
        var locator = EvidenceLocator.For(import)!;
        var source = import.Source!;
        var rows = 0;
        var found = 0;
        foreach (var table in import.Document.BudgetTables)
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var col = LastFilled(table.Rows[r]);
                if (col < 0) continue;
                rows++;
                var finding = FindingOn(table.Title, r + 1, table.Columns.Count > col ? table.Columns[col].Trim() : $"第{col + 1}列", table.SourceLine);
                var evidence = locator.Locate(finding);
                if (evidence.FirstLine == table.SourceLine) continue;
                found++;
                var line = source.Lines[evidence.FirstLine - 1].Text;
                var cell = table.Rows[r][col]!.Trim();
                Assert.Contains(Squash(cell), Squash(line), StringComparison.Ordinal);
                Assert.Equal(source.LocationOf(evidence.FirstLine)!.Page, evidence.Page);
                Assert.NotNull(evidence.Box);
                if (!string.IsNullOrEmpty(table.Columns[col].Trim())) Assert.Equal(cell, evidence.Quote);
            }
        Assert.True(rows > 10, $"{file}：预算公开表的行太少（{rows}）");
        Assert.True(found >= rows * 9 / 10, $"{file}：只找到 {found}/{rows} 行的源行");
    }

    [Fact]
    public void Seed_004_plain_text_has_quotes_and_lines_but_no_pages()
    {
        var findings = EvidenceFixtures.Findings(Seeds.S004);
        var onRows = findings.Where(f => f.Finding.Where is { Table: not null, Row: not null, Column: not null }).ToList();
        Assert.NotEmpty(onRows);
        foreach (var (_, finding, evidence) in findings)
        {
            Assert.Null(evidence.Page);
            Assert.False(evidence.HasBox);
            if (finding.Where.SourceLine > 0) Assert.False(string.IsNullOrWhiteSpace(evidence.Quote), finding.ToString());
        }
        var source = EvidenceFixtures.Import(Seeds.S004).Source!;
        foreach (var (_, finding, evidence) in onRows)
        {
            Assert.NotEqual(finding.Where.SourceLine, evidence.FirstLine);
            if (finding.Where.Code is { } code) Assert.Contains(code, source.Lines[evidence.FirstLine - 1].Text, StringComparison.Ordinal);
            Assert.Contains(Squash(evidence.Quote), Squash(source.Lines[evidence.FirstLine - 1].Text), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_finding_without_a_source_line_has_no_evidence()
    {
        var locator = EvidenceLocator.For(EvidenceFixtures.Import(EvidenceFixtures.WelfareHome))!;
        var evidence = locator.Locate(FindingOn("不存在的表", null, null, 0) with { Where = FindingLocation.ForDocument("overall") });
        Assert.Same(FindingEvidence.None, evidence);
    }

    private static int LastFilled(IReadOnlyList<string?> row)
    {
        for (var c = row.Count - 1; c >= 0; c--)
            if (!string.IsNullOrWhiteSpace(row[c])) return c;
        return -1;
    }

    private static Finding FindingOn(string table, int? row, string? column, int titleLine) => new()
    {
        RuleId = "R-BUD-002",
        Severity = Severity.Info,
        Where = FindingLocation.ForTable(table, row, column, null, titleLine),
        Message = "测试",
        Basis = "测试",
        Fingerprint = "0000000000000000",
    };

    private static string Squash(string? s) => string.Concat((s ?? "").Where(c => !char.IsWhiteSpace(c)));
}
