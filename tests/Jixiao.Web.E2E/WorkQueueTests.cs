using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// Issue 20 item 4 in the browser: the 部门审核人's landing page lists what waits for review with its count, and the
/// document a filer just submitted is in it, one click from its page.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class WorkQueueTests(E2EEnvironment environment)
{
    [Fact]
    public async Task A_reviewer_lands_on_the_documents_waiting_for_review()
    {
        var server = environment.Server;
        var filerUser = server.FirstUser(Role.UnitFiler);
        var filer = await environment.NewPageAsync();
        await Ui.SignInAsync(filer, filerUser.UserName, E2EServer.DemoPassword);
        var documentId = await Ui.ImportAsync(filer, SharedSeeds.Seed002ForNewYear());
        await Ui.StepAsync(filer, "action-submit", "Submitted");
        await filer.Context.CloseAsync();

        var department = (await server.ScopeOfAsync(filerUser.UserName)).DepartmentId;
        string? reviewerName = null;
        foreach (var user in server.Users.Where(u => u.Role == Role.DepartmentReviewer))
            if ((await server.ScopeOfAsync(user.UserName)).DepartmentId == department) reviewerName = user.UserName;
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, reviewerName ?? throw new InvalidOperationException("没有该部门的审核人"), E2EServer.DemoPassword);
        await page.GotoAsync("/");
        var queue = page.GetByTestId("queue-review");
        await Expect(queue).ToBeVisibleAsync();
        Assert.True(int.Parse(await queue.GetAttributeAsync("data-count") ?? "0", System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var entry = queue.Locator($"[data-testid=queue-document][data-document-id='{documentId}']");
        await Expect(entry).ToBeVisibleAsync();
        await Expect(page.GetByTestId("queue-returned")).ToBeVisibleAsync();
        await environment.Screenshots.TakeAsync(page, "60-reviewer-work-queues");
        await entry.Locator("a").ClickAsync();
        await page.WaitForURLAsync(Ui.DocumentUrl());
        await Expect(page.GetByTestId("action-approve")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
