using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E.Support;

/// <summary>
/// Steps a user takes in the browser, written with the pages' data-testid selectors (docs/web-ui.md). Every step
/// waits for an element that only an interactive (connected) page renders before clicking: prerendering is off, so
/// a visible button is a working button.
/// </summary>
public static partial class Ui
{
    /// <summary>Signs in through the /signin form and waits until the app bar shows the user (the circuit is up).</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/signin");
        await page.Locator("#userName").FillAsync(userName);
        await page.Locator("#password").FillAsync(password);
        await page.GetByTestId("signin-submit").ClickAsync();
        await Expect(page.GetByTestId("current-user")).ToBeVisibleAsync();
    }

    /// <summary>退出 in the app bar; afterwards the app bar offers 登录 again.</summary>
    public static async Task SignOutAsync(IPage page)
    {
        await page.GetByTestId("signout").ClickAsync();
        await Expect(page.GetByTestId("signin-link")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// Imports a file on /import: choose it, wait for the preview, confirm the name warning when the file names
    /// another department (the seeds and real files are other places' documents filed under demo units), 确认导入
    /// into the preselected place and year. Returns the new document's id, read from the URL the page moves to.
    /// </summary>
    public static async Task<int> ImportAsync(IPage page, string filePath, Screenshots? screenshots = null, string? shotName = null)
    {
        await PreviewAsync(page, filePath);
        await ConfirmNameIfWarnedAsync(page);
        if (screenshots is not null && shotName is not null) await screenshots.TakeAsync(page, shotName);
        await CommitAsync(page);
        return DocumentIdOf(page.Url);
    }

    /// <summary>Chooses a file on /import and waits for the preview and the checks of the preselected place.</summary>
    public static async Task PreviewAsync(IPage page, string filePath)
    {
        await page.GotoAsync("/import");
        await Expect(page.GetByTestId("import-choose")).ToBeVisibleAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(filePath);
        await Expect(page.GetByTestId("import-summary")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("summary-projects")).Not.ToHaveTextAsync("0");
        await Expect(page.Locator("[data-testid=import-target][data-checked=yes]")).ToBeVisibleAsync();
    }

    /// <summary>Ticks 我已核对，确认导入到所选单位 when the page warns that the file names another department.</summary>
    public static async Task ConfirmNameIfWarnedAsync(IPage page)
    {
        if (await page.GetByTestId("import-name-warning").CountAsync() == 0) return;
        await page.GetByText("我已核对，确认导入到所选单位").ClickAsync();
    }

    /// <summary>确认导入 (once enabled) and wait for the document page it leads to.</summary>
    public static async Task CommitAsync(IPage page)
    {
        await Expect(page.GetByTestId("import-commit")).ToBeEnabledAsync();
        await page.GetByTestId("import-commit").ClickAsync();
        await page.WaitForURLAsync(DocumentUrl());
        await Expect(page.GetByTestId("document-title")).ToBeVisibleAsync();
    }

    public static int DocumentIdOf(string url) =>
        int.Parse(DocumentUrl().Match(url).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>Opens a document page and waits for its title (rendered only once the store answered).</summary>
    public static async Task OpenDocumentAsync(IPage page, int documentId)
    {
        await page.GotoAsync($"/documents/{documentId}");
        await Expect(page.GetByTestId("document-title")).ToBeVisibleAsync();
    }

    /// <summary>Clicks a workflow button, confirms it in the dialog, and waits until the state chip shows the new state.</summary>
    public static async Task StepAsync(IPage page, string actionTestId, string expectedState)
    {
        await page.GetByTestId(actionTestId).ClickAsync();
        await Expect(page.GetByTestId("confirm-text")).ToBeVisibleAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Expect(page.GetByTestId("state-chip").First).ToHaveAttributeAsync("data-state", expectedState);
    }

    /// <summary>Clicks a cell of an indicator row, types the text into the editor and saves it.</summary>
    public static async Task EditCellAsync(IPage page, int indicatorId, string cellTestId, string text)
    {
        var row = IndicatorRow(page, indicatorId);
        await row.GetByTestId(cellTestId).ClickAsync();
        var editor = page.Locator("#cell-editor");
        await Expect(editor).ToBeVisibleAsync();
        await editor.FillAsync(text);
        await page.GetByTestId("cell-save").ClickAsync();
        await Expect(editor).ToHaveCountAsync(0);
    }

    public static ILocator IndicatorRow(IPage page, int indicatorId) =>
        page.Locator($"[data-testid=indicator-row][data-indicator-id='{indicatorId}']");

    /// <summary>Open findings of the project page about one indicator and rule.</summary>
    public static ILocator ProjectFinding(IPage page, string ruleId, int indicatorId) =>
        page.Locator($"[data-testid=project-findings] [data-testid=finding][data-rule='{ruleId}'][data-indicator-id='{indicatorId}']");

    [GeneratedRegex(@"/documents/(\d+)$")]
    public static partial Regex DocumentUrl();

    [GeneratedRegex(@"/projects/(\d+)$")]
    public static partial Regex ProjectUrl();
}
