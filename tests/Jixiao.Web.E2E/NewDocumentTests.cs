using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// 新建文档 in the browser: from a published document the filer follows 结转到下一年度 and is shown the document the unit
/// already has for that year (no second one); then creates a blank document for a new year from the menu.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class NewDocumentTests(E2EEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task A_filer_is_shown_the_years_existing_document_and_creates_a_blank_one_for_a_new_year()
    {
        var server = environment.Server;
        var filer = server.FirstUser(Role.UnitFiler);
        var (_, unitId) = await server.ScopeOfAsync(filer.UserName);
        // The unit's published document of the earlier demo year; the unit also has one for the year after.
        var published = await server.QueryAsync(db => db.Documents.AsNoTracking()
            .Where(d => d.BudgetUnitId == unitId && d.State == WorkflowState.Published && d.FiscalYear == DemoData.PublishedYear)
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.FiscalYear }).FirstAsync());
        var next = await server.QueryAsync(db => db.Documents.AsNoTracking()
            .Where(d => d.BudgetUnitId == unitId && d.FiscalYear == published.FiscalYear + 1)
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.Title }).FirstAsync());

        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        await Ui.OpenDocumentAsync(page, published.Id);
        await page.GetByTestId("link-carry-over").ClickAsync();
        await Expect(page.GetByTestId("new-existing")).ToContainTextAsync($"“{next.Title}”");
        await Expect(page.GetByTestId("new-create")).ToBeDisabledAsync();
        await environment.Screenshots.TakeAsync(page, "30-new-document-year-exists");
        await page.GetByTestId("new-existing-link").ClickAsync();
        await page.WaitForURLAsync($"**/documents/{next.Id}");

        await page.GetByTestId("nav-new-document").ClickAsync();
        await Expect(page.GetByTestId("new-create")).ToBeVisibleAsync();
        // MudBlazor puts the test id on the input itself.
        var year = page.Locator("input[data-testid=new-year], [data-testid=new-year] input").First;
        await year.FillAsync("2035");
        await year.BlurAsync();
        await Expect(page.GetByTestId("new-create")).ToBeEnabledAsync();
        await page.GetByTestId("new-create").ClickAsync();
        await page.WaitForURLAsync(Ui.DocumentUrl());
        await Expect(page.GetByTestId("document-title")).ToContainTextAsync("2035年度");
        await Expect(page.GetByTestId("state-chip").First).ToHaveAttributeAsync("data-state", "Draft");
        await environment.Screenshots.TakeAsync(page, "31-new-document-created");
        output.WriteLine($"新建文档 {Ui.DocumentIdOf(page.Url)}（2035 年度）");
        await page.Context.CloseAsync();
    }
}
