using System.Text;
using System.Xml.Linq;
using Jixiao.Core.Model;
using Jixiao.Documents.Publishing.Html;
using Jixiao.Documents.Tests.Publishing.Pdf;
using Jixiao.Documents.Tests.Support;
using Xunit;

namespace Jixiao.Documents.Tests.Publishing.Html;

/// <summary>
/// The published web page: well-formed, zh-CN, every text escaped, the sections and merged cells of the official
/// layout, and it renders (a Chromium screenshot with ink; kept under bin/…/artifacts/html with the pages).
/// </summary>
public sealed class HtmlPublisherTests
{
    public static TheoryData<string> AllSeeds => [.. Seeds.All];

    private static TargetDocument Import(string seed) => DocumentImporter.CreateDefault().Import(seed, Seeds.Bytes(seed)).Document;

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Page_is_well_formed_zh_CN_with_one_target_table_per_project(string seed)
    {
        var document = Import(seed);
        var html = HtmlPublisher.ToHtml(document);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        var page = XDocument.Parse(html);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        Assert.Equal("zh-CN", page.Root!.Attribute("lang")!.Value);
        Assert.NotNull(page.Root.Element(x + "head")!.Element(x + "style"));
        var headings = page.Descendants(x + "h2").Select(h => h.Value).ToList();
        for (var i = 0; i < document.Projects.Count; i++)
            Assert.Contains($"{i + 1}.{document.Projects[i].Name}绩效目标表", headings);
        foreach (var table in document.BudgetTables) Assert.Contains(table.Title, headings);
        // 一级指标 merged over the rows of its block, as in the Word original.
        Assert.Contains(page.Descendants(x + "td"), td => td.Attribute("rowspan") is not null);
    }

    [Fact]
    public void Every_text_is_escaped()
    {
        var document = Import(Seeds.S000);
        var project = document.Projects[0];
        var hostile = project with
        {
            Name = "<script>alert('x')</script>&amp;",
            Indicators = [project.Indicators[0] with { Value = "<img src=x onerror=alert(1)>" }, .. project.Indicators.Skip(1)],
        };
        var html = HtmlPublisher.ToHtml(document with { Projects = [hostile, .. document.Projects.Skip(1)] });
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;&amp;amp;", html, StringComparison.Ordinal);
        var reread = DocumentImporter.CreateDefault().Import("x.html", Encoding.UTF8.GetBytes(html)).Document;
        Assert.Equal(hostile.Name, reread.Projects[0].Name);
        Assert.Equal("<img src=x onerror=alert(1)>", reread.Projects[0].Indicators[0].Value);
    }

    [Fact]
    public void Renders_in_chromium_with_ink()
    {
        var document = Import(Seeds.S004);
        var dir = ExternalTool.ArtifactDirectory("html");
        var path = Path.Combine(dir, "004.html");
        using (var file = File.Create(path)) HtmlPublisher.Write(document, file);
        var png = Path.Combine(dir, "004.png");
        File.Delete(png);
        ExternalTool.Run("/usr/bin/chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            $"--user-data-dir={Path.Combine(dir, "chromium-profile")}", $"--screenshot={png}", "--window-size=1280,2000", new Uri(path).AbsoluteUri);
        Assert.True(File.Exists(png), "no screenshot");
        Assert.True(PageImage.DarkPixels(png) >= 2000, "the screenshot looks blank");
    }
}
