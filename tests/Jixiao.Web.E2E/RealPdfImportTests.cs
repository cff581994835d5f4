using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// A real PDF of another province through the import page: 烟台市司法局's disclosure (10 projects) previews with its
/// findings — two of them identical, which used to kill the page (duplicate Blazor keys) so that 确认导入 silently did
/// nothing — and 确认导入 then stores it.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class RealPdfImportTests(E2EEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task A_filer_previews_and_commits_the_Yantai_justice_PDF()
    {
        var server = environment.Server;
        var filer = server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);

        var documentId = await Ui.ImportAsync(page, SharedSeeds.PathOfRealDocument("yantai_justice_2026.pdf"),
            environment.Screenshots, "30-import-preview-yantai-pdf");
        output.WriteLine($"导入为文档 {documentId}");
        await Expect(page.GetByTestId("project-row")).ToHaveCountAsync(10);
        Assert.DoesNotContain(errors, e => e.Contains("same key", StringComparison.Ordinal));
        await environment.Screenshots.TakeAsync(page, "31-document-yantai-pdf");
    }
}
