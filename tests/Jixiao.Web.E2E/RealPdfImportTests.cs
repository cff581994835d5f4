using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// A real PDF of another province through the import page: 烟台市司法局's 2026 disclosure (10 projects) previews with
/// its findings — two of them identical, which used to kill the page (duplicate Blazor keys) so that 确认导入 silently
/// did nothing. Filed under the first demo unit, whose 2026 document is a 草稿, the page warns that the file names
/// another department and offers 替换草稿 / 作为新版本 instead of a second 2026 document (issue 20 item 2).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class RealPdfImportTests(E2EEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task A_filer_previews_the_Yantai_justice_PDF_confirms_the_name_and_replaces_the_unit_draft()
    {
        var server = environment.Server;
        var filer = server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);

        await Ui.PreviewAsync(page, SharedSeeds.PathOfRealDocument("yantai_justice_2026.pdf"));
        await Expect(page.GetByTestId("import-name-warning")).ToContainTextAsync("烟台");
        var existing = page.GetByTestId("import-existing");
        await Expect(existing).ToContainTextAsync("草稿");
        var existingId = int.Parse(await existing.GetAttributeAsync("data-document-id") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        var before = await server.QueryAsync(db => db.Documents.AsNoTracking().CountAsync());
        // Neither the warning confirmed nor a choice made: 确认导入 waits.
        await Expect(page.GetByTestId("import-commit")).ToBeDisabledAsync();
        await Ui.ConfirmNameIfWarnedAsync(page);
        await Expect(page.GetByTestId("import-commit")).ToBeDisabledAsync();
        await page.GetByText("替换草稿（用文件内容替换当前草稿）").ClickAsync();
        await environment.Screenshots.TakeAsync(page, "30-import-preview-yantai-pdf");
        await Ui.CommitAsync(page);

        Assert.Equal(existingId, Ui.DocumentIdOf(page.Url));
        output.WriteLine($"替换了文档 {existingId} 的草稿");
        await Expect(page.GetByTestId("project-row")).ToHaveCountAsync(10);
        Assert.Equal(before, await server.QueryAsync(db => db.Documents.AsNoTracking().CountAsync()));
        Assert.DoesNotContain(errors, e => e.Contains("same key", StringComparison.Ordinal));
        await environment.Screenshots.TakeAsync(page, "31-document-yantai-pdf");
        await page.Context.CloseAsync();
    }
}
