using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// 新建文档 in the browser: from a published document the filer follows 结转到下一年度 and is shown the document the unit
/// already has for that year (no second one); then creates a blank document for a new year from the menu. And the whole
/// carry-over: published this year, carried into the next, its money updated, submitted.
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

    /// <summary>
    /// Must-hold 10 of issue 17, second half: a document is published; the filer starts next year's from it, finds its
    /// projects' money marked 待更新, types a new amount into one project's header (the mark goes), and submits the new
    /// document, which the reviewer then sees waiting.
    /// </summary>
    [Fact]
    public async Task A_filer_carries_a_published_document_into_next_year_updates_its_money_and_submits_it()
    {
        var server = environment.Server;
        var shots = environment.Screenshots;
        var filer = server.FirstUser(Role.UnitFiler);
        var (departmentId, _) = await server.ScopeOfAsync(filer.UserName);
        var reviewer = await server.ReviewerOfAsync(departmentId);
        var finance = server.FirstUser(Role.FinanceReviewer);

        // This year's document, filed, approved and published through the pages as in the workflow journey.
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        var thisYear = await Ui.ImportAsync(page, SharedSeeds.Seed002ForNewYear());
        var year = await server.QueryAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == thisYear).Select(d => d.FiscalYear).FirstAsync());
        await Ui.StepAsync(page, "action-submit", "Submitted");
        await Ui.SignOutAsync(page);
        await Ui.SignInAsync(page, reviewer, E2EServer.DemoPassword);
        await Ui.OpenDocumentAsync(page, thisYear);
        await Ui.StepAsync(page, "action-approve", "Approved");
        await Ui.SignOutAsync(page);
        await Ui.SignInAsync(page, finance.UserName, E2EServer.DemoPassword);
        await Ui.OpenDocumentAsync(page, thisYear);
        await Ui.StepAsync(page, "action-publish", "Published");
        await Ui.SignOutAsync(page);

        // 结转到下一年度: the form comes filled in (next year, from last year's), and creates a 草稿.
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        await Ui.OpenDocumentAsync(page, thisYear);
        await page.GetByTestId("link-carry-over").ClickAsync();
        await Expect(page.GetByTestId("new-create")).ToBeEnabledAsync();
        await shots.TakeAsync(page, "32-carry-over-form");
        await page.GetByTestId("new-create").ClickAsync();
        await page.WaitForURLAsync(Ui.DocumentUrl());
        var nextYear = Ui.DocumentIdOf(page.Url);
        Assert.NotEqual(thisYear, nextYear);
        await Expect(page.GetByTestId("document-title")).ToContainTextAsync($"{year + 1}年度");
        await Expect(page.GetByTestId("state-chip").First).ToHaveAttributeAsync("data-state", "Draft");
        var projects = await page.GetByTestId("project-link").CountAsync();
        Assert.True(projects > 0, "结转后的文档没有项目");
        await shots.TakeAsync(page, "33-carried-document");

        // The first project's money is last year's until the filer types this year's.
        await page.GetByTestId("project-link").First.ClickAsync();
        await page.WaitForURLAsync(Ui.ProjectUrl());
        await Expect(page.GetByTestId("money-to-update")).ToBeVisibleAsync();
        await page.GetByTestId("edit-header").ClickAsync();
        await page.GetByTestId("hf-total").FillAsync("");
        await page.GetByTestId("hf-fiscal").FillAsync("165000");
        await page.GetByTestId("hf-other").FillAsync("0");
        await shots.TakeAsync(page, "34-carried-money-typed");
        await page.GetByTestId("hf-save").ClickAsync();
        await Expect(page.GetByTestId("money-to-update")).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(page.GetByTestId("project-title")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("money-to-update")).ToHaveCountAsync(0);
        // The line above the table says the amount in the document's own unit, as the table does, with 万元 beside it.
        await Expect(page.GetByTestId("project-budget-line")).ToContainTextAsync("预算 165,000.00 元（16.50 万元）");
        await shots.TakeAsync(page, "35-carried-money-updated");

        await Ui.OpenDocumentAsync(page, nextYear);
        await Ui.StepAsync(page, "action-submit", "Submitted");
        await shots.TakeAsync(page, "36-carried-document-submitted");
        await Ui.SignOutAsync(page);

        // Stored: the submitted version carries the link to last year's and the typed amount, no longer 待更新.
        var snapshot = await server.QueryAsync(db => db.DocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == nextYear).OrderByDescending(v => v.Number).Select(v => new { v.Frozen, v.SnapshotJson }).FirstAsync());
        Assert.True(snapshot.Frozen);
        var model = Jixiao.Documents.Exchange.DocumentJsonReader.Read(snapshot.SnapshotJson);
        Assert.Equal(year + 1, model.FiscalYear);
        Assert.All(model.Projects, p => Assert.Equal(year, p.CarriedFrom?.FiscalYear));
        Assert.False(model.Projects[0].CarriedFrom!.MoneyToUpdate);
        Assert.Equal(165000m, model.Projects[0].Budget.Total?.Value); // in the document's own unit (元 here)
        Assert.All(model.Projects.Skip(1), p => Assert.True(p.CarriedFrom!.MoneyToUpdate));

        // The department's reviewer finds it waiting.
        await Ui.SignInAsync(page, reviewer, E2EServer.DemoPassword);
        await Ui.OpenDocumentAsync(page, nextYear);
        await Expect(page.GetByTestId("action-approve")).ToBeVisibleAsync();
        output.WriteLine($"{year} 年度文档 {thisYear} 公开后结转为 {year + 1} 年度文档 {nextYear} 并送审");
        await page.Context.CloseAsync();
    }
}
