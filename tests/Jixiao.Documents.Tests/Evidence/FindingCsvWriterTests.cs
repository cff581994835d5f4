using System.Text;
using Jixiao.Core.Review;
using Jixiao.Documents.Evidence;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Evidence;

/// <summary>The findings CSV: UTF-8 with BOM, Chinese header, RFC 4180 quoting, no formulas from the checked file.</summary>
public class FindingCsvWriterTests
{
    private static LocatedFinding Sample(string message, string? quote, string? expected = null) => new("部门A.pdf", new Finding
    {
        RuleId = "R-NUM-002",
        Severity = Severity.Error,
        Where = FindingLocation.ForTable("部门预算收支总表", 3, "预算数", "2040601"),
        Message = message,
        Basis = "财预〔2016〕143号",
        Expected = expected,
        Actual = "3.2%",
        Fingerprint = "0123456789abcdef",
    }, new FindingEvidence(4, quote, [new PageArea(4, new PageBox(10, 20, 30, 40))], 12, 12));

    private static string Write(bool withFile, params LocatedFinding[] findings)
    {
        var stream = new MemoryStream();
        FindingCsvWriter.Write(stream, findings, withFile);
        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
    }

    [Fact]
    public void Header_is_chinese_and_rows_end_with_crlf()
    {
        var csv = Write(false, Sample("说明", "原文"));
        var lines = csv.Split("\r\n");
        Assert.Equal("规则,严重程度,页码,表,行,列,科目编码,位置,原文,说明,应为,实为,建议,已接受,指纹", lines[0]);
        Assert.StartsWith("R-NUM-002,错误,4,部门预算收支总表,3,预算数,2040601,", lines[1], StringComparison.Ordinal);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void Commas_quotes_and_line_breaks_are_quoted()
    {
        var csv = Write(true, Sample("比上年增加120.5万元，\"增长\"3.2%,\n其中", "a,b"));
        Assert.StartsWith("文件,规则", csv, StringComparison.Ordinal);
        Assert.Contains("\"比上年增加120.5万元，\"\"增长\"\"3.2%,\n其中\"", csv, StringComparison.Ordinal);
        Assert.Contains(",\"a,b\",", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_a_spreadsheet_would_run_is_defused_but_numbers_are_kept()
    {
        var csv = Write(false, Sample("=HYPERLINK(\"http://x\")", "@SUM(A1)", expected: "-3.4%"));
        Assert.Contains("'@SUM(A1)", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", csv, StringComparison.Ordinal);
        Assert.Contains(",-3.4%,", csv, StringComparison.Ordinal);
    }
}
