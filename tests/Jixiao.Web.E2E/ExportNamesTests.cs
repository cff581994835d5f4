using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// Issue 20 item 6 in headless Chromium: the 部门审核人 of 某某市司法局 downloads one document of each of its three units
/// (机关, 公证处, 戒毒所) from the document page, and the public downloads a published one from the public page; each
/// file is saved under its own unit's name (<c>单位_年度_部门预算绩效目标.pdf</c>) and its cover, read back by our own
/// importer, names that unit — not the department, and not whatever department the source file named.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ExportNamesTests(E2EEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task Each_unit_downloads_under_its_own_name_and_cover_for_the_reviewer_and_the_public()
    {
        var reviewer = environment.Server.Users.First(u => u.Role == Role.DepartmentReviewer);
        var (departmentId, _) = await environment.Server.ScopeOfAsync(reviewer.UserName);
        var perUnit = await environment.Server.QueryAsync(db => db.Documents.AsNoTracking()
            .Where(d => d.DepartmentId == departmentId && d.BudgetUnitId != null)
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.BudgetUnitId, d.UnitName, d.FiscalYear, d.State })
            .ToListAsync());
        var firstOfEach = perUnit.GroupBy(d => d.BudgetUnitId).Select(g => g.First()).ToList();
        Assert.True(firstOfEach.Count >= 3, $"部门应有三个单位的文档，实际 {firstOfEach.Count} 个");

        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, reviewer.UserName, E2EServer.DemoPassword);
        var importer = Jixiao.Documents.DocumentImporter.CreateDefault();
        foreach (var document in firstOfEach)
        {
            await Ui.OpenDocumentAsync(page, document.Id);
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-pdf").ClickAsync());
            Assert.Equal($"{document.UnitName}_{document.FiscalYear}_部门预算绩效目标.pdf", download.SuggestedFilename);
            var saved = Path.Combine(environment.Screenshots.Folder, "export-" + download.SuggestedFilename);
            await download.SaveAsAsync(saved);
            var reread = importer.Import(download.SuggestedFilename, await File.ReadAllBytesAsync(saved)).Document;
            Assert.Equal(document.UnitName, reread.Department?.Name);
            Assert.All(reread.Projects, p => Assert.Equal(document.UnitName, p.Unit?.Name));
            output.WriteLine($"{document.UnitName}：{download.SuggestedFilename}");
        }
        Assert.Equal(firstOfEach.Count, firstOfEach.Select(d => d.UnitName).Distinct().Count());
        await Ui.SignOutAsync(page);

        // The public: a published unit document downloads under its unit too.
        var published = perUnit.FirstOrDefault(d => d.State == Jixiao.Data.WorkflowState.Published)
            ?? throw new InvalidOperationException("演示数据中本部门没有已公开的单位文档");
        await page.GotoAsync($"/public/documents/{published.Id}");
        await Expect(page.GetByTestId("public-title")).ToBeVisibleAsync();
        var publicDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-pdf").ClickAsync());
        Assert.Equal($"{published.UnitName}_{published.FiscalYear}_部门预算绩效目标.pdf", publicDownload.SuggestedFilename);
        await page.Context.CloseAsync();
    }
}
