using System.Text;
using Jixiao.Documents.Sources;
using Jixiao.Documents.Sources.Html;
using Xunit;

namespace Jixiao.Documents.Tests.Publishing.Html;

/// <summary>The HTML reader: recognised from the bytes, tables in the Word-export shape, other HTML refused in Chinese.</summary>
public sealed class HtmlFormatTests
{
    private static readonly HtmlFormat Format = new();

    [Theory]
    [InlineData("<!DOCTYPE html><html></html>")]
    [InlineData("\uFEFF\n  <!doctype HTML>\n<html/>")]
    [InlineData("<html lang=\"zh-CN\"><body/></html>")]
    public void Recognises_html_pages(string text) =>
        Assert.IsType<HtmlFormat>(SourceFormats.Detect(Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData("项目名称\t<html>")]
    [InlineData("<htmlx>")]
    public void Leaves_other_text_alone(string text) => Assert.False(Format.Recognizes(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Tables_become_cell_lines_with_rowspan_as_empty_cells()
    {
        const string page = """
            <!DOCTYPE html>
            <html><body>
            <h2>1.某项目绩效目标表</h2>
            <table>
              <tr><th>一级指标</th><th>二级指标</th><th>三级指标</th></tr>
              <tr><td rowspan="2">产出指标</td><td>数量指标</td><td>培训  1 期</td></tr>
              <tr><td>质量指标</td><td>合格率<br/>≥95%</td></tr>
              <tr><td colspan="2">合计</td><td>a &amp; b</td></tr>
            </table>
            <p>结束</p>
            </body></html>
            """;
        var lines = Format.Read("x.html", Encoding.UTF8.GetBytes(page)).Lines.Select(l => l.Text).ToList();
        Assert.Equal(
        [
            "1.某项目绩效目标表",
            "\t一级指标", "\t二级指标", "\t三级指标", "",
            "\t产出指标", "\t数量指标", "\t培训  1 期", "",
            "\t", "\t质量指标", "\t合格率", "≥95%", "",
            "\t合计", "\ta & b", "",
            "结束",
        ], lines);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>未闭合<br></body></html>")]
    [InlineData("<!DOCTYPE html><html><body><p>空格&nbsp;实体</p></body></html>")]
    public void Browser_style_html_is_refused_in_chinese(string page)
    {
        var ex = Assert.Throws<DocumentReadException>(() => Format.Read("网页.html", Encoding.UTF8.GetBytes(page)));
        Assert.Contains("网页.html", ex.Message, StringComparison.Ordinal);
        Assert.Contains("XHTML", ex.Message, StringComparison.Ordinal);
    }
}
