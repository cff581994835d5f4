using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>What a user must not see, and text that must stay text, checked in a real browser.</summary>
[Collection(E2ECollection.Name)]
public sealed class AccessAndTextTests(E2EEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task A_filer_typing_another_units_document_or_project_address_sees_a_Chinese_not_found_page_and_none_of_its_data()
    {
        var server = environment.Server;
        var filer = server.FirstUser(Role.UnitFiler);
        var (_, unitId) = await server.ScopeOfAsync(filer.UserName);
        // Another unit's document and one of its projects, looked up the way an administrator would, in the database.
        var other = await server.QueryAsync(db => db.Documents.AsNoTracking()
            .Where(d => d.BudgetUnitId != null && d.BudgetUnitId != unitId)
            .OrderBy(d => d.Id).Select(d => new { d.Id, d.Title, d.UnitName }).FirstAsync());
        var otherProject = await server.QueryAsync(db => db.Projects.AsNoTracking()
            .Where(p => p.DocumentId == other.Id).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync());

        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);

        await page.GotoAsync($"/documents/{other.Id}");
        await Expect(page.GetByTestId("not-found").Or(page.GetByTestId("forbidden"))).ToBeVisibleAsync();
        await Expect(page.Locator("body")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("未找到|无权访问"));
        await Expect(page.GetByTestId("document-title")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("projects-table")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(other.UnitName);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(other.Title);
        await environment.Screenshots.TakeAsync(page, "10-filer-other-unit-document");

        await page.GotoAsync($"/projects/{otherProject.Id}");
        await Expect(page.GetByTestId("not-found").Or(page.GetByTestId("forbidden"))).ToBeVisibleAsync();
        await Expect(page.GetByTestId("target-table")).ToHaveCountAsync(0);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(otherProject.Name);
        await Expect(page.Locator("body")).Not.ToContainTextAsync(other.UnitName);
        await environment.Screenshots.TakeAsync(page, "11-filer-other-unit-project");
        output.WriteLine($"文件 {other.Id}、项目 {otherProject.Id} 对 {filer.UserName} 显示为未找到");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Script_typed_into_an_indicator_is_shown_as_text_and_never_runs()
    {
        const string script = "<script>window.__jixiaoInjected = 1</script><b>粗体</b>";
        var server = environment.Server;
        var filer = server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        var documentId = await Ui.ImportAsync(page, SharedSeeds.Seed002ForNewYear());

        await page.GetByTestId("project-link").First.ClickAsync();
        await Expect(page.GetByTestId("editable-hint")).ToBeVisibleAsync();
        var firstRow = page.GetByTestId("indicator-row").First;
        var indicatorId = int.Parse(await firstRow.GetAttributeAsync("data-indicator-id") ?? "", System.Globalization.CultureInfo.InvariantCulture);
        await Ui.EditCellAsync(page, indicatorId, "cell-value", script);

        var cell = Ui.IndicatorRow(page, indicatorId).GetByTestId("cell-value");
        await Expect(cell).ToHaveTextAsync(script);
        await page.ReloadAsync(); // what is stored, rendered afresh
        cell = Ui.IndicatorRow(page, indicatorId).GetByTestId("cell-value");
        await Expect(cell).ToHaveTextAsync(script);
        Assert.Equal(0, await cell.Locator("script, b").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__jixiaoInjected"));
        Assert.Equal(0, dialogs);
        await environment.Screenshots.TakeAsync(page, "12-script-shown-as-text");
        output.WriteLine($"文件 {documentId} 指标 {indicatorId} 的值按文本显示");
        await page.Context.CloseAsync();
    }
}
