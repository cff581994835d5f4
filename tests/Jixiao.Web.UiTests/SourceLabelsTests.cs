using System.Text.RegularExpressions;
using Jixiao.Documents.Layouts;
using Jixiao.Web.Components.Shared;

namespace Jixiao.Web.UiTests;

/// <summary>Issue 20 item 7: the import preview and the document page show layouts and formats in Chinese, never a reader's code.</summary>
public sealed partial class SourceLabelsTests
{
    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();

    /// <summary>Words a finance officer reads as Chinese text: product and format names.</summary>
    private static readonly string[] Allowed = ["Word", "Excel", "PDF", "UTF", "GB", "GBK", "docx", "xlsx"];

    [Fact]
    public void Every_registered_layout_has_a_chinese_name()
    {
        foreach (var layout in DefaultLayouts.All)
        {
            var label = SourceLabels.Layout(layout.Name);
            Assert.NotEqual("其他版式", label);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", label);
            Assert.All(LatinWord().Matches(label), m => Assert.Contains(m.Value, Allowed));
        }
    }

    [Theory]
    [InlineData("docx", "Word 文档（.docx）")]
    [InlineData("pdf", "PDF 文件")]
    [InlineData("GB18030", "文本文件（GB18030/GBK 编码）")]
    [InlineData("UTF-8 (BOM)", "文本文件（UTF-8 编码）")]
    public void Formats_are_named_in_chinese(string code, string expected) => Assert.Equal(expected, SourceLabels.Format(code));

    [Fact]
    public void An_unknown_code_is_never_shown()
    {
        Assert.Equal("其他版式", SourceLabels.Layout("some-new-layout"));
        Assert.Equal("文本文件", SourceLabels.Format("x-unknown"));
    }
}
