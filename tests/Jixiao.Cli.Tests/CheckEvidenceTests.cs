using System.Text;
using System.Text.Json;
using UglyToad.PdfPig;

namespace Jixiao.Cli.Tests;

/// <summary>
/// <c>jixiao check</c> with located evidence, end to end in-process: page, quote and box in the text and JSON output,
/// <c>--annotate</c> and <c>--csv</c>, and <c>check DIR</c> over a folder with an unreadable file.
/// </summary>
public class CheckEvidenceTests : IDisposable
{
    private const string WelfareHome = "shanghai_putuo_welfare_home_2024_unit_budget.pdf";
    private readonly string _dir = Directory.CreateTempSubdirectory("jixiao-evidence-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (JixiaoCommand.Run(args, output, error), output.ToString(), error.ToString());
    }

    private static string RealDoc(string name) => Path.Combine(ImportCommandTests.SharedDir(), "realdocs", name);

    private static string Seed(string name) => Path.Combine(ImportCommandTests.SharedDir(), "seeds", name);

    [Fact]
    public void Check_of_a_pdf_prints_page_and_quote_grouped_by_section()
    {
        var (code, text, _) = Run("check", RealDoc(WelfareHome));
        Assert.Equal(ExitCodes.FindingsWithErrors, code);
        Assert.Contains("【说明文字】五、国有资产占有使用情况（增加内容）", text);
        Assert.Contains("第 16 页", text);
        Assert.Contains("原文：“五、国有资产占有使用情况（增加内容）”", text);
        Assert.Contains("应为：696.48万元；实为：738.66万元", text);
    }

    [Fact]
    public void Check_json_where_has_page_bbox_and_quote()
    {
        var (_, json, _) = Run("check", RealDoc(WelfareHome), "--json");
        using var doc = JsonDocument.Parse(json);
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();
        var figure = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "R-NUM-002" && f.GetProperty("actual").GetString() == "738.66万元");
        // The other R-NUM-002: 210类 named by its pre-2019 name on the same page, while the tables print 卫生健康支出.
        var renamed = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "R-NUM-002" && f.GetProperty("actual").GetString() == "医疗卫生与计划生育支出");
        Assert.Equal("卫生健康支出", renamed.GetProperty("expected").GetString());
        var where = figure.GetProperty("where");
        Assert.Equal(6, where.GetProperty("page").GetInt32());
        var bbox = where.GetProperty("bbox").EnumerateArray().Select(v => v.GetDecimal()).ToArray();
        Assert.Equal(4, bbox.Length);
        Assert.True(bbox[0] < bbox[2] && bbox[1] < bbox[3]);
        Assert.Contains("738.66万元", where.GetProperty("quote").GetString());
        Assert.Equal("696.48万元", figure.GetProperty("expected").GetString());
        // 上海's disclosure set (jurisdiction profile) has no 部门整体 target in a 单位预算, so none is reported missing
        // (docs/jurisdiction-profiles.md); every finding left has its place. Whole-document placement is covered by
        // tests/Jixiao.Documents.Tests/Evidence/FindingPlacementTests.
        Assert.DoesNotContain(findings, f => f.GetProperty("rule").GetString() == "R-DEP-001");
        Assert.All(findings, f => Assert.True(f.GetProperty("where").TryGetProperty("page", out _)));
    }

    [Fact]
    public void Check_writes_annotated_pdf_and_csv()
    {
        var pdf = Path.Combine(_dir, "批注.pdf");
        var csv = Path.Combine(_dir, "意见.csv");
        var (code, _, err) = Run("check", RealDoc(WelfareHome), "--annotate", pdf, "--csv", csv);
        Assert.Equal(ExitCodes.FindingsWithErrors, code);
        Assert.Contains("批注PDF已写入", err);

        using (var document = PdfDocument.Open(pdf))
        {
            var notes = Enumerable.Range(1, document.NumberOfPages).SelectMany(p => document.GetPage(p).GetAnnotations()).ToList();
            Assert.Contains(notes, a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Square && a.Content!.Contains("（增加内容）"));
            // No missing part to note on page 1: 上海's set has no 部门整体 target (jurisdiction profile).
            Assert.DoesNotContain(notes, a => a.Type == UglyToad.PdfPig.Annotations.AnnotationType.Text && a.Content!.Contains("部门整体绩效目标"));
            Assert.Contains(document.GetPage(16).GetAnnotations(), a => a.Content!.Contains("R-TXT-001") || a.Content!.Contains("模板"));
        }

        var bytes = File.ReadAllBytes(csv);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("规则,严重程度,页码,表,行,列,科目编码", lines[0]);
        Assert.Equal(5, lines.Length); // header + two R-NUM-002 (a figure, a renamed 科目) + two R-TXT-001
        Assert.Contains(lines, l => l.StartsWith("R-TXT-001,错误,16,", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotated_notes_sit_on_the_second_printing_and_the_blank_page()
    {
        // The welfare home's PDF put together again with its p.9 table twice (p.10) and a blank page after it (p.11).
        var input = Path.Combine(_dir, "重排.pdf");
        using (var source = PdfDocument.Open(RealDoc(WelfareHome)))
        {
            using var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
            for (var p = 1; p <= 9; p++) builder.AddPage(source, p);
            builder.AddPage(source, 9);
            builder.AddPage(source.GetPage(9).Width, source.GetPage(9).Height);
            for (var p = 10; p <= source.NumberOfPages; p++) builder.AddPage(source, p);
            File.WriteAllBytes(input, builder.Build());
        }
        var pdf = Path.Combine(_dir, "重排-批注.pdf");
        var (_, _, err) = Run("check", input, "--annotate", pdf);
        Assert.Contains("批注PDF已写入", err);

        using var document = PdfDocument.Open(pdf);
        var notes = Enumerable.Range(1, document.NumberOfPages)
            .SelectMany(p => document.GetPage(p).GetAnnotations().Select(a => (Page: p, Note: a))).ToList();
        Assert.Contains(notes, n => n.Page == 10 && n.Note.Type == UglyToad.PdfPig.Annotations.AnnotationType.Square && n.Note.Content!.Contains("重复印出"));
        Assert.Contains(notes, n => n.Page == 11 && n.Note.Type == UglyToad.PdfPig.Annotations.AnnotationType.Square && n.Note.Content!.Contains("第11页是空白页"));
        // Every note sits on its box: with 上海's profile no part is reported missing, so nothing goes to page 1 unboxed
        // (whole-document placement: tests/Jixiao.Documents.Tests/Evidence/FindingPlacementTests).
        Assert.DoesNotContain(notes, n => n.Note.Type != UglyToad.PdfPig.Annotations.AnnotationType.Square);
    }

    [Fact]
    public void Annotate_refuses_a_file_that_is_not_a_pdf()
    {
        var pdf = Path.Combine(_dir, "x.pdf");
        var (code, _, err) = Run("check", Seed("004_118d383ccab95c06.txt"), "--annotate", pdf);
        Assert.Equal(ExitCodes.UnreadableInput, code);
        Assert.Contains("只能用于PDF", err);
        Assert.False(File.Exists(pdf));
    }

    [Fact]
    public void Check_of_a_folder_summarises_each_file_lists_the_unreadable_one_and_writes_one_csv()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "批量")).FullName;
        File.Copy(RealDoc(WelfareHome), Path.Combine(folder, WelfareHome));
        File.Copy(Seed("002_0e0ca6b7649d2b1c.txt"), Path.Combine(folder, "b-002.txt"));
        File.WriteAllText(Path.Combine(folder, "c-坏文件.pdf"), "%PDF-1.4 这不是完整的PDF");
        File.WriteAllText(Path.Combine(folder, "readme.md"), "不审核");
        var csv = Path.Combine(_dir, "全部.csv");

        var (code, text, err) = Run("check", folder, "--csv", csv);

        Assert.Equal(ExitCodes.UnreadableInput, code);
        Assert.Contains("[1/3] b-002.txt", err);
        Assert.Contains("[3/3] " + WelfareHome, err);
        Assert.DoesNotContain("readme.md", text + err);
        foreach (var header in new[] { "文件", "部门", "年度", "错误", "警告" }) Assert.Contains(header, text);
        Assert.Contains("上海市普陀区社会福利院", text);
        Assert.Contains("无法读取的文件：", text);
        Assert.Matches(@"c-坏文件\.pdf：.*PDF", text);
        Assert.Contains("共 3 个文件：已审核 2 个，无法读取 1 个", text);

        var rows = File.ReadAllText(csv, Encoding.UTF8).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("文件,规则,", rows[0]);
        Assert.Contains(rows, r => r.StartsWith("b-002.txt,", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith(WelfareHome + ",R-TXT-001,错误,16,", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.StartsWith("c-坏文件.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_of_a_folder_of_readable_files_exits_1_when_any_has_errors()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "ok")).FullName;
        File.Copy(Seed("002_0e0ca6b7649d2b1c.txt"), Path.Combine(folder, "002.txt"));
        var (code, text, _) = Run("check", folder, "--csv", Path.Combine(_dir, "ok.csv"));
        Assert.Equal(ExitCodes.FindingsWithErrors, code);
        Assert.Contains("共 1 个文件：已审核 1 个，无法读取 0 个", text);
    }

    [Fact]
    public void Check_of_an_empty_folder_is_refused()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;
        var (code, _, err) = Run("check", folder);
        Assert.Equal(ExitCodes.UnreadableInput, code);
        Assert.Contains("没有可审核的文件", err);
    }
}
