using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>Issue 20 item 3: 送审 (with errors left), 审核通过 and 公开 are each asked before they happen; 取消 changes nothing.</summary>
[Collection(E2ECollection.Name)]
public sealed class ConfirmationTests(E2EEnvironment environment)
{
    [Fact]
    public async Task Submitting_a_document_with_errors_says_how_many_and_cancel_keeps_the_draft()
    {
        var server = environment.Server;
        var filer = server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        // Seed 002 imports with an open review error.
        var documentId = await Ui.ImportAsync(page, SharedSeeds.Seed002ForNewYear());
        var errors = await server.QueryAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == documentId).Select(d => d.Errors).SingleAsync());
        Assert.True(errors > 0, "seed 002 should import with an open error");

        await Ui.OpenDocumentAsync(page, documentId);
        await page.GetByTestId("action-submit").ClickAsync();
        await Expect(page.GetByTestId("confirm-text")).ToContainTextAsync("送交审核");
        await Expect(page.GetByTestId("confirm-errors")).ToContainTextAsync($"还有 {errors:#,##0} 个错误");
        await environment.Screenshots.TakeAsync(page, "33-confirm-submit-with-errors");
        await page.GetByTestId("confirm-cancel").ClickAsync();
        await Expect(page.GetByTestId("confirm-text")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("state-chip").First).ToHaveAttributeAsync("data-state", "Draft");
        var state = await server.QueryAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == documentId).Select(d => d.State).SingleAsync());
        Assert.Equal(Jixiao.Data.WorkflowState.Draft, state);

        await Ui.StepAsync(page, "action-submit", "Submitted");
        await page.Context.CloseAsync();
    }
}
