using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// Issue 20 item 2 in the browser: a 单位填报人 deletes a draft and withdraws a submission (each asked first); the
/// 财政审核人 withdraws a publication with a reason and the public page then says it was withdrawn.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class WithdrawalTests(E2EEnvironment environment)
{
    [Fact]
    public async Task A_filer_deletes_a_draft_after_confirming()
    {
        var server = environment.Server;
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, server.FirstUser(Role.UnitFiler).UserName, E2EServer.DemoPassword);
        var documentId = await Ui.ImportAsync(page, SharedSeeds.Seed002ForNewYear());

        await page.GetByTestId("action-delete").ClickAsync();
        await Expect(page.GetByTestId("withdraw-text")).ToContainTextAsync("不能恢复");
        await environment.Screenshots.TakeAsync(page, "50-confirm-delete-draft");
        await page.GetByTestId("withdraw-cancel").ClickAsync();
        Assert.True(await server.QueryAsync(db => db.Documents.AsNoTracking().AnyAsync(d => d.Id == documentId)));

        await page.GetByTestId("action-delete").ClickAsync();
        await page.GetByTestId("withdraw-confirm").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        Assert.False(await server.QueryAsync(db => db.Documents.AsNoTracking().AnyAsync(d => d.Id == documentId)));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_filer_withdraws_a_submission_before_review_and_can_edit_again()
    {
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, environment.Server.FirstUser(Role.UnitFiler).UserName, E2EServer.DemoPassword);
        await Ui.ImportAsync(page, SharedSeeds.Seed002ForNewYear());
        await Ui.StepAsync(page, "action-submit", "Submitted");
        await Expect(page.GetByTestId("action-delete")).ToHaveCountAsync(0);

        await page.GetByTestId("action-withdraw").ClickAsync();
        await Expect(page.GetByTestId("withdraw-text")).ToContainTextAsync("回到草稿");
        await page.GetByTestId("withdraw-confirm").ClickAsync();
        await Expect(page.GetByTestId("state-chip").First).ToHaveAttributeAsync("data-state", "Draft");
        await Expect(page.GetByTestId("action-submit")).ToBeVisibleAsync();
        await environment.Screenshots.TakeAsync(page, "51-submission-withdrawn");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Finance_withdraws_a_publication_and_the_public_page_says_so()
    {
        var server = environment.Server;
        // The last of the demo's 2025 documents (all published), clear of the drafts other tests file.
        var documentId = await server.QueryAsync(db => db.Documents.AsNoTracking().Where(d => d.State == WorkflowState.Published && d.FiscalYear == 2025)
            .OrderByDescending(d => d.Id).Select(d => d.Id).FirstAsync());
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, server.FirstUser(Role.FinanceReviewer).UserName, E2EServer.DemoPassword);
        await Ui.OpenDocumentAsync(page, documentId);

        await page.GetByTestId("action-unpublish").ClickAsync();
        await page.GetByTestId("withdraw-confirm").ClickAsync();
        await Expect(page.GetByTestId("unpublish-reason-required")).ToBeVisibleAsync();
        await page.Locator("#unpublish-reason").FillAsync("预算调整，待重新公开");
        await page.GetByTestId("withdraw-confirm").ClickAsync();
        await Expect(page.GetByTestId("state-chip").First).ToHaveAttributeAsync("data-state", "Approved");

        var publicPage = await environment.NewPageAsync();
        await publicPage.GotoAsync($"/public/documents/{documentId}");
        await Expect(publicPage.GetByTestId("public-withdrawn")).ToContainTextAsync("撤回公开");
        await Expect(publicPage.GetByTestId("public-project")).ToHaveCountAsync(0);
        await environment.Screenshots.TakeAsync(publicPage, "52-public-page-withdrawn");
        await page.Context.CloseAsync();
        await publicPage.Context.CloseAsync();
    }
}
