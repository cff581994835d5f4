using Jixiao.Documents.Publishing;

namespace Jixiao.Documents.Tests.Publishing;

/// <summary>What the publishers write of a stored text that still holds characters XML 1.0 cannot carry (issue 19).</summary>
public sealed class PublishedTextTests
{
    [Theory]
    [InlineData("法律\u0001援助\u001B[0m项目", "法律援助[0m项目")]
    [InlineData("\u0000开头与结尾\u007F", "开头与结尾")]
    [InlineData("退格\b换页\f垂直制表\v", "退格换页垂直制表")]
    [InlineData("非字符\uFFFE\uFFFF", "非字符")]
    public void Characters_XML_cannot_carry_are_removed(string stored, string written) =>
        Assert.Equal(written, PublishedText.Clean(stored));

    // In code, not in [InlineData]: an attribute stores its strings as UTF-8, which cannot hold an unpaired surrogate.
    [Fact]
    public void An_unpaired_surrogate_is_replaced_and_a_pair_is_kept()
    {
        Assert.Equal("孤立代理\uFFFD项", PublishedText.Clean("孤立代理\uD800项"));
        Assert.Equal("尾部孤立\uFFFD", PublishedText.Clean("尾部孤立\uDC00"));
        Assert.Equal("颠倒\uFFFD\uFFFD", PublishedText.Clean("颠倒\uDC00\uD800"));
        Assert.Equal("控制\uFFFD", PublishedText.Clean("控制\u0001\uD800"));
    }

    [Theory]
    [InlineData("制表\t换行\n回车\r")]
    [InlineData("𠀀 扩展B区 \U0001F600")]
    [InlineData("")]
    public void Clean_text_is_written_as_it_is(string text) => Assert.Same(text, PublishedText.Clean(text));

    [Fact]
    public void A_missing_text_is_written_empty() => Assert.Equal("", PublishedText.Clean(null));
}
