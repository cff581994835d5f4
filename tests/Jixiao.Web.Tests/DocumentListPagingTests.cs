using System.Globalization;
using System.Net;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// Issue 19 item 8: <c>GET /api/documents</c> is paged (page, pageSize; X-Total-Count and a Link to the next page) and
/// answered by the store from one query over the documents the user may view.
/// </summary>
public abstract class DocumentListPagingTests(WebFixture fixture)
{
    [Fact]
    public async Task Pages_of_two_cover_the_whole_list_in_order_without_overlap_and_state_the_total()
    {
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var whole = await Scenario.ListAsync(finance, "?pageSize=500");
        Assert.True(whole.Count >= 3, $"演示数据只有 {whole.Count} 份文档");

        var gathered = new List<DocumentSummary>();
        for (var page = 1; ; page++)
        {
            var response = await finance.GetAsync($"/api/documents?page={page}&pageSize=2");
            var items = await Support.ApiClient.ReadAsync<List<DocumentSummary>>(response);
            Assert.Equal(whole.Count.ToString(CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
            gathered.AddRange(items);
            var hasNext = response.Headers.TryGetValues("Link", out var links);
            if (gathered.Count >= whole.Count)
            {
                Assert.False(hasNext);
                break;
            }
            Assert.Equal(2, items.Count);
            Assert.Contains($"page={page + 1}", Assert.Single(links!), StringComparison.Ordinal);
        }
        Assert.Equal(whole.Select(d => d.Id), gathered.Select(d => d.Id));
        Assert.Equal(whole.OrderByDescending(d => d.FiscalYear).ThenBy(d => d.Id).Select(d => d.Id), whole.Select(d => d.Id));
    }

    [Fact]
    public async Task The_list_shows_each_user_only_what_it_may_view_and_filters_apply()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var own = await Scenario.ListAsync(filer);
        Assert.All(own, d => Assert.Equal(filer.Me!.BudgetUnitId, d.BudgetUnitId));

        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var year = (await Scenario.ListAsync(finance)).First().FiscalYear;
        var ofYear = await Scenario.ListAsync(finance, $"?fiscalYear={year}&departmentId={filer.Me!.DepartmentId}");
        Assert.All(ofYear, d => { Assert.Equal(year, d.FiscalYear); Assert.Equal(filer.Me!.DepartmentId, d.DepartmentId); });
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?pageSize=0")]
    [InlineData("?pageSize=501")]
    public async Task A_bad_page_is_422_with_a_Chinese_message(string query)
    {
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var response = await finance.GetAsync("/api/documents" + query);
        await Support.ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, response);
        await Support.ApiClient.ProblemAsync(response);
    }
}

public sealed class DocumentListPagingOnSqlite(SqliteWebFixture fixture) : DocumentListPagingTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class DocumentListPagingOnPostgres(PostgresWebFixture fixture) : DocumentListPagingTests(fixture), IClassFixture<PostgresWebFixture>;
