using System.Text.RegularExpressions;
using Jixiao.Documents.Layouts;
using Jixiao.Web.Components.Shared;

namespace Jixiao.Web.UiTests;

/// <summary>
/// Issue 20 item 7: the import preview and the document page show layouts and formats in Chinese, never a reader's code;
/// issue 19: documents that were not read from a file (demo data, new, carried over) say where they come from, not
/// “（demo）” or “其他版式”.
/// </summary>
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

    [Theory]
    [InlineData("演示数据", "demo", "来源：系统生成的演示数据（虚构的单位和数字，仅供试用）")]
    [InlineData("新建", "blank", "来源：在系统中新建")]
    [InlineData("结转自2025年度某某市司法局项目支出绩效目标", "carried", "来源：结转自2025年度某某市司法局项目支出绩效目标")]
    [InlineData("目标表.pdf", "pdf-text", "来源文件：目标表.pdf（PDF 绩效目标表）")]
    public void A_documents_origin_is_said_in_Chinese_without_codes_or_demo(string file, string layout, string expected)
    {
        var origin = SourceLabels.Origin(new Jixiao.Core.Model.DocumentSource(file, layout));
        Assert.Equal(expected, origin);
        Assert.DoesNotContain("demo", origin, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("其他版式", origin, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_is_never_shown()
    {
        Assert.Equal("其他版式", SourceLabels.Layout("some-new-layout"));
        Assert.Equal("文本文件", SourceLabels.Format("x-unknown"));
    }
}
