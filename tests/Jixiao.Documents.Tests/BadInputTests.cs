using System.Text;

namespace Jixiao.Documents.Tests;

/// <summary>Input that is not a target document is refused with a Chinese message that says what is wrong.</summary>
public class BadInputTests
{
    private static readonly DocumentImporter Importer = DocumentImporter.CreateDefault();

    [Fact]
    public void Empty_file_is_refused()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Importer.Import("empty.txt", Array.Empty<byte>()));
        Assert.Contains("是空的", ex.Message);
    }

    [Fact]
    public void Binary_file_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var ex = Assert.Throws<DocumentReadException>(() => Importer.Import("photo.jpg", bytes));
        Assert.Contains("不是文本文件", ex.Message);
    }

    [Fact]
    public void Text_that_is_not_a_target_document_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("今天天气很好。\n我们去公园散步。\n");
        var ex = Assert.Throws<DocumentReadException>(() => Importer.Import("diary.txt", bytes));
        Assert.Contains("不像部门预算或绩效目标文档", ex.Message);
        Assert.Contains("diary.txt", ex.Message);
    }

    [Fact]
    public void Invalid_gb18030_bytes_are_reported_with_their_position()
    {
        // 0xFF is not a valid first byte in GB18030 or UTF-8.
        var bytes = Encoding.UTF8.GetBytes("项目名称").Concat(new byte[] { 0x81, 0xFF, 0x41 }).ToArray();
        var ex = Assert.Throws<DocumentReadException>(() => Importer.Import("broken.txt", bytes));
        Assert.Contains("字节", ex.Message);
    }
}
