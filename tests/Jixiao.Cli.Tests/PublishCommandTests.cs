using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Cli.Tests;

/// <summary>publish end to end: a seed becomes a Word or Excel file that opens, and bad requests change nothing.</summary>
public class PublishCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jixiao-publish-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (JixiaoCommand.Run(args, output, error), output.ToString(), error.ToString());
    }

    private static string Seed(string name) => Path.Combine(ImportCommandTests.SharedDir(), "seeds", name);

    [Fact]
    public void Publishes_docx_with_one_target_table_per_project()
    {
        var target = Path.Combine(_dir, "承德.docx");
        var (code, said, err) = Run("publish", Seed("004_118d383ccab95c06.txt"), "--to", "docx", "--out", target);
        Assert.True(code == 0, err);
        Assert.Contains("28 个项目", said);
        using var doc = WordprocessingDocument.Open(target, false);
        var text = doc.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("承德市司法局", text);
        Assert.Contains("12348 法律服务热线", text);
        Assert.False(File.Exists(target + ".tmp"));
    }

    [Fact]
    public void Publishes_xlsx()
    {
        var target = Path.Combine(_dir, "秀山.xlsx");
        var (code, _, err) = Run("publish", Seed("001_ec4e56c4f21351cb.txt"), "--to", "xlsx", "--out", target);
        Assert.True(code == 0, err);
        using var book = SpreadsheetDocument.Open(target, false);
        Assert.Equal(10, book.WorkbookPart!.Workbook!.Sheets!.ChildElements.Count); // 封面 + 整体目标 + 8 projects
    }

    [Fact]
    public void Unknown_format_exits_2_and_writes_nothing()
    {
        var target = Path.Combine(_dir, "x.pdf");
        var (code, _, err) = Run("publish", Seed("001_ec4e56c4f21351cb.txt"), "--to", "odt", "--out", target);
        Assert.Equal(2, code);
        Assert.Contains("不支持的输出格式", err);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Unreadable_source_leaves_an_existing_output_untouched()
    {
        var target = Path.Combine(_dir, "keep.docx");
        File.WriteAllText(target, "原有内容");
        var empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllBytes(empty, []);
        var (code, _, _) = Run("publish", empty, "--to", "docx", "--out", target);
        Assert.Equal(2, code);
        Assert.Equal("原有内容", File.ReadAllText(target));
    }
}
