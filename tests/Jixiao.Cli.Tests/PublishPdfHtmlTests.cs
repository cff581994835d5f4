namespace Jixiao.Cli.Tests;

/// <summary>publish --to pdf|html end to end: the files are written atomically, open as what they claim, and read back.</summary>
public class PublishPdfHtmlTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("jixiao-publish-pdf-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (JixiaoCommand.Run(args, output, error), output.ToString(), error.ToString());
    }

    private static string Seed(string name) => Path.Combine(ImportCommandTests.SharedDir(), "seeds", name);

    [Fact]
    public void Publishes_pdf()
    {
        var target = Path.Combine(_dir, "承德.pdf");
        var (code, said, err) = Run("publish", Seed("004_118d383ccab95c06.txt"), "--to", "pdf", "--out", target);
        Assert.True(code == 0, err);
        Assert.Contains("28 个项目", said);
        var head = new byte[5];
        using (var file = File.OpenRead(target)) file.ReadExactly(head);
        Assert.Equal("%PDF-"u8.ToArray(), head);
        Assert.False(File.Exists(target + ".tmp"));
    }

    [Fact]
    public void Publishes_html_that_imports_again()
    {
        var target = Path.Combine(_dir, "怀来.html");
        var (code, _, err) = Run("publish", Seed("000_1b90dd015f35285f.txt"), "--to", "HTML", "--out", target);
        Assert.True(code == 0, err);
        var html = File.ReadAllText(target);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
        var (again, said, err2) = Run("import", target);
        Assert.True(again == 0, err2);
        Assert.Contains("13", said);
    }

    [Fact]
    public void Missing_font_is_a_chinese_message_naming_the_package_and_writes_nothing()
    {
        var target = Path.Combine(_dir, "无字体.pdf");
        var previous = Environment.GetEnvironmentVariable("JIXIAO_PDF_FONT");
        Environment.SetEnvironmentVariable("JIXIAO_PDF_FONT", Path.Combine(_dir, "没有这个字体.ttf"));
        try
        {
            var (code, _, err) = Run("publish", Seed("001_ec4e56c4f21351cb.txt"), "--to", "pdf", "--out", target);
            Assert.Equal(2, code);
            Assert.Contains("fonts-wqy-microhei", err, StringComparison.Ordinal);
            Assert.Contains("字体", err, StringComparison.Ordinal);
            Assert.False(File.Exists(target));
            Assert.False(File.Exists(target + ".tmp"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("JIXIAO_PDF_FONT", previous);
        }
    }
}
