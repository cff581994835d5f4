using System.Net;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// The public pages are rendered on the server: a plain HTTP client (no JavaScript at all) gets the list, paged by
/// links, and a published document with its title, department-wide part, target tables and download links; / sends
/// the public there; a draft's public address answers 404.
/// </summary>
public abstract class PublicPagesTests(WebFixture fixture)
{
    private static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        // Text is compared decoded: what a browser (or a search engine) reads, whatever the encoder escapes.
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_public_list_and_a_published_document_are_plain_html()
    {
        using var client = fixture.Anonymous();
        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith("/public", home.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var list = await HtmlAsync(await client.GetAsync("/public"));
        Assert.Contains("<title>已公开的预算绩效目标 - 绩效目标管理</title>", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"published-documents\"", list, StringComparison.Ordinal);
        var published = await client.GetAsync<List<DocumentSummary>>("/api/public/documents?pageSize=500");
        var first = published[0];
        Assert.Contains($"href=\"/public/documents/{first.Id}\"", list, StringComparison.Ordinal);
        // No interactive component: nothing waits for a circuit to show the content.
        Assert.DoesNotContain("<!--Blazor:{", list, StringComparison.Ordinal);
        if (published.Count > 50)
        {
            Assert.Contains("href=\"/public?page=2\"", list, StringComparison.Ordinal);
            var second = await HtmlAsync(await client.GetAsync("/public?page=2"));
            Assert.Contains($"href=\"/public/documents/{published[50].Id}\"", second, StringComparison.Ordinal);
        }

        var page = await HtmlAsync(await client.GetAsync($"/public/documents/{first.Id}"));
        Assert.Contains($"<title>{first.Title} - 绩效目标管理</title>", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"public-title\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"overall-target\"", page, StringComparison.Ordinal);
        Assert.Contains("部门整体绩效目标", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"target-table\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/public/documents/{first.Id}/export/pdf\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--Blazor:{", page, StringComparison.Ordinal);
        var overall = await client.GetAsync<Jixiao.Web.Api.OverallTargetApi.OverallResponse>($"/api/public/documents/{first.Id}/overall");
        Assert.Empty(overall.Findings);
        foreach (var goal in overall.Goals)
            Assert.Contains(goal, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_is_not_public_and_answers_404()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        using var client = fixture.Anonymous();
        var response = await client.GetAsync($"/public/documents/{document.Id}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("404 未找到", html, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Title, html, StringComparison.Ordinal);
    }
}

public sealed class PublicPagesOnSqlite(SqliteWebFixture fixture) : PublicPagesTests(fixture), IClassFixture<SqliteWebFixture>;
