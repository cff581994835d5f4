using Bunit;
using Jixiao.Data;
using Jixiao.Web.Components.Shared;
using MudBlazor.Services;

namespace Jixiao.Web.UiTests;

/// <summary>
/// The findings list of the import preview and the document pages: identical findings (a document that repeats a row;
/// 烟台 司法局's PDF has two) render as two items instead of killing the page, and a long list shows a page at a time.
/// </summary>
public sealed class FindingListTests : IAsyncLifetime
{
    private readonly BunitContext _context = new();

    public Task InitializeAsync()
    {
        _context.Services.AddMudServices();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    private static FindingView Finding(int id, string fingerprint, string message) =>
        new(id, "R-VAL-004", "warning", message, "第 3 页", null, null, null, fingerprint, false, null, null);

    [Fact]
    public void Two_identical_findings_of_a_preview_render_as_two_items()
    {
        var same = Finding(0, "abc123", "指标值“有效提升”不可衡量");
        var list = _context.Render<FindingList>(p => p.Add(x => x.Findings, new[] { same, same, Finding(0, "def456", "另一条") }));
        var items = list.FindAll("[data-testid=finding]");
        Assert.Equal(3, items.Count);
        Assert.Equal(2, items.Count(i => i.TextContent.Contains("有效提升", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_long_list_shows_a_page_and_more_on_request()
    {
        var many = Enumerable.Range(1, 250).Select(i => Finding(i, "fp" + i, "发现" + i)).ToArray();
        var list = _context.Render<FindingList>(p => p.Add(x => x.Findings, many));
        Assert.Equal(100, list.FindAll("[data-testid=finding]").Count);
        Assert.Contains("共 250 条", list.Find("[data-testid=more-findings]").TextContent, StringComparison.Ordinal);
        list.Find("[data-testid=more-findings]").Click();
        Assert.Equal(200, list.FindAll("[data-testid=finding]").Count);
        list.Find("[data-testid=more-findings]").Click();
        Assert.Equal(250, list.FindAll("[data-testid=finding]").Count);
        Assert.Empty(list.FindAll("[data-testid=more-findings]"));
    }

    [Fact]
    public void Keys_are_unique_for_repeated_findings()
    {
        var same = Finding(0, "abc", "x");
        var keys = FindingKeys.Of([same, same, same, Finding(1, "abc", "x")]).Select(k => k.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
