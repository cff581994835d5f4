using System.Globalization;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// The whole life of a document in the browser: a unit's filer imports seed 002, fixes an indicator the review
/// flagged and watches the finding go, submits; the department's reviewer approves; the finance bureau publishes;
/// the public reads the published page without signing in. Screenshots of every step are kept.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class WorkflowJourneyTests(E2EEnvironment environment, ITestOutputHelper output)
{
    /// <summary>
    /// The rule this journey fixes: on seed 002 the review calls the value “高效高质量提供援助” of a 质量指标
    /// qualitative (R-VAL-003, 产出指标应当量化); a measurable value must clear it.
    /// </summary>
    private const string QualitativeValueRule = "R-VAL-003";
    private const string QuantifiedValue = "≥95%";

    [Fact]
    public async Task Import_fix_submit_approve_publish_and_read_as_the_public()
    {
        var server = environment.Server;
        var shots = environment.Screenshots;
        output.WriteLine($"截图目录：{shots.Folder}");
        var filer = server.FirstUser(Role.UnitFiler);
        var (departmentId, _) = await server.ScopeOfAsync(filer.UserName);
        var reviewer = await ReviewerOfAsync(departmentId);
        var finance = server.FirstUser(Role.FinanceReviewer);

        // 1. The filer signs in and imports seed 002 (preview first, then 确认导入).
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        await shots.TakeAsync(page, "01-filer-signed-in");
        var documentId = await Ui.ImportAsync(page, SharedSeeds.Seed002ForNewYear(), shots, "02-import-preview");
        await Expect(page.GetByTestId("state-chip").First).ToHaveAttributeAsync("data-state", "Draft");
        await Expect(page.GetByTestId("project-row").First).ToBeVisibleAsync();
        await shots.TakeAsync(page, "03-document-draft");

        // 2. Find, by what the project pages show, an indicator with the qualitative-value finding, and fix it.
        var (projectUrl, indicatorId) = await FindFlaggedIndicatorAsync(page, QualitativeValueRule);
        output.WriteLine($"修改 {projectUrl} 的指标 {indicatorId}（{QualitativeValueRule}）");
        var row = Ui.IndicatorRow(page, indicatorId);
        await Expect(row).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bflagged\b"));
        await shots.TakeAsync(page, "04-project-with-finding");

        await Ui.EditCellAsync(page, indicatorId, "cell-value", QuantifiedValue);
        await Expect(row.GetByTestId("cell-value")).ToHaveTextAsync(QuantifiedValue);
        await Expect(Ui.ProjectFinding(page, QualitativeValueRule, indicatorId)).ToHaveCountAsync(0);
        await shots.TakeAsync(page, "05-project-finding-gone");

        // The fix is stored, not only shown: a reload reads it back and the finding stays gone.
        await page.ReloadAsync();
        await Expect(Ui.IndicatorRow(page, indicatorId).GetByTestId("cell-value")).ToHaveTextAsync(QuantifiedValue);
        await Expect(page.GetByTestId("project-findings")).ToBeVisibleAsync();
        await Expect(Ui.ProjectFinding(page, QualitativeValueRule, indicatorId)).ToHaveCountAsync(0);

        // 3. 送审, then sign out.
        await Ui.OpenDocumentAsync(page, documentId);
        await Ui.StepAsync(page, "action-submit", "Submitted");
        await Expect(page.GetByTestId("action-submit")).ToHaveCountAsync(0);
        await shots.TakeAsync(page, "06-submitted");
        await Ui.SignOutAsync(page);

        // 4. The department's reviewer approves (审核通过); a reviewer cannot publish.
        await Ui.SignInAsync(page, reviewer, E2EServer.DemoPassword);
        await Ui.OpenDocumentAsync(page, documentId);
        await Expect(page.GetByTestId("action-publish")).ToHaveCountAsync(0);
        await Ui.StepAsync(page, "action-approve", "Approved");
        await shots.TakeAsync(page, "07-approved-by-reviewer");
        await Ui.SignOutAsync(page);

        // 5. The finance reviewer publishes (公开 is theirs alone).
        await Ui.SignInAsync(page, finance.UserName, E2EServer.DemoPassword);
        await Ui.OpenDocumentAsync(page, documentId);
        await Ui.StepAsync(page, "action-publish", "Published");
        await Expect(page.GetByTestId("link-public")).ToBeVisibleAsync();
        await shots.TakeAsync(page, "08-published-by-finance");
        await Ui.SignOutAsync(page);

        // 6. The public (signed out) opens the published page and sees the corrected value, read-only.
        await page.GotoAsync($"/public/documents/{documentId}");
        await Expect(page.GetByTestId("public-title")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("current-user")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("target-table").First).ToBeVisibleAsync();
        await Expect(Ui.IndicatorRow(page, indicatorId).GetByTestId("cell-value")).ToHaveTextAsync(QuantifiedValue);
        await Expect(page.Locator("td.editable")).ToHaveCountAsync(0);
        await shots.TakeAsync(page, "09-public-page");

        // The public downloads the official PDF: a real PDF named after the department, carrying the corrected value.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-pdf").ClickAsync());
        Assert.EndsWith("_部门预算绩效目标.pdf", download.SuggestedFilename);
        var saved = Path.Combine(shots.Folder, download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        var pdf = await File.ReadAllBytesAsync(saved);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        var importer = Jixiao.Documents.DocumentImporter.CreateDefault();
        var downloaded = importer.Import(download.SuggestedFilename, pdf).Document;
        var imported = importer.Import("002.txt", await File.ReadAllBytesAsync(SharedSeeds.PathOf(SharedSeeds.S002))).Document;
        static int Quantified(Jixiao.Core.Model.TargetDocument d) => d.Projects.SelectMany(p => p.Indicators).Count(i => i.Value == QuantifiedValue);
        Assert.Equal(imported.Projects.Count, downloaded.Projects.Count);
        Assert.Equal(Quantified(imported) + 1, Quantified(downloaded));

        // The public home lists it among the published documents.
        await page.GotoAsync("/");
        await Expect(page.Locator($"[data-testid=published-document][data-document-id='{documentId}']")).ToBeVisibleAsync();
        output.WriteLine($"截图已保存：{shots.Folder}");
        await page.Context.CloseAsync();
    }

    /// <summary>The demo reviewer of the department (the one who reviews this filer's documents).</summary>
    private async Task<string> ReviewerOfAsync(int? departmentId)
    {
        foreach (var user in environment.Server.Users.Where(u => u.Role == Role.DepartmentReviewer))
            if ((await environment.Server.ScopeOfAsync(user.UserName)).DepartmentId == departmentId) return user.UserName;
        throw new InvalidOperationException($"演示数据中没有部门 {departmentId} 的部门审核人");
    }

    /// <summary>
    /// Opens the document's projects one by one (the links of the projects table) until a project page lists an
    /// open finding of <paramref name="ruleId"/> on an indicator; returns that page's URL and the indicator's id as
    /// the page shows it (data-indicator-id), and leaves the page there.
    /// </summary>
    private static async Task<(string ProjectUrl, int IndicatorId)> FindFlaggedIndicatorAsync(IPage page, string ruleId)
    {
        var links = page.GetByTestId("project-link");
        var hrefs = new List<string>();
        foreach (var link in await links.AllAsync()) hrefs.Add(await link.GetAttributeAsync("href") ?? "");
        Assert.NotEmpty(hrefs);
        foreach (var href in hrefs)
        {
            await page.GotoAsync(href);
            await Expect(page.GetByTestId("editable-hint")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("project-findings")).ToBeVisibleAsync();
            var findings = page.Locator($"[data-testid=project-findings] [data-testid=finding][data-rule='{ruleId}'][data-accepted=false]");
            if (await findings.CountAsync() == 0) continue;
            var id = await findings.First.GetAttributeAsync("data-indicator-id");
            if (string.IsNullOrEmpty(id)) continue;
            return (href, int.Parse(id, CultureInfo.InvariantCulture));
        }
        throw new Xunit.Sdk.XunitException($"导入的种子 002 的项目页上没有规则 {ruleId} 的审核发现");
    }
}
