using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.EntityFrameworkCore;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// Issue 20 item 2 in the browser, as a 单位填报人: a file with nothing to store is refused with the reason (not
/// “所有内容均已读入”), and importing a file again for the same year offers 作为新版本 instead of a second document.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ImportChecksTests(E2EEnvironment environment)
{
    [Fact]
    public async Task A_file_with_nothing_to_store_is_refused_with_the_reason()
    {
        var filer = environment.Server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        var path = Path.Combine(Path.GetTempPath(), "jixiao-e2e-seeds", "只有说明.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "某某市司法局2044年部门预算\n\n第一部分 2044年部门预算编制说明\n\n一、部门基本情况\n某某市司法局负责全市法治建设工作。\n\n" +
                                           "二、收支预算情况说明\n2044年收入预算合计1000.00万元。\n");
        await page.GotoAsync("/import");
        await Expect(page.GetByTestId("import-choose")).ToBeVisibleAsync();
        await page.Locator("input[type=file]").SetInputFilesAsync(path);
        await Expect(page.GetByTestId("import-error")).ToContainTextAsync("没有读出任何项目绩效目标表、部门整体绩效目标或预算公开表，不能导入");
        await Expect(page.GetByTestId("import-summary")).ToHaveCountAsync(0);
        await Expect(page.GetByText("所有内容均已读入")).ToHaveCountAsync(0);
        await environment.Screenshots.TakeAsync(page, "40-import-empty-refused");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Importing_the_same_year_again_becomes_a_new_version_of_the_one_document()
    {
        var server = environment.Server;
        var filer = server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        var file = SharedSeeds.Seed002ForNewYear();
        var documentId = await Ui.ImportAsync(page, file);

        await Ui.PreviewAsync(page, file);
        await Expect(page.GetByTestId("import-existing")).ToHaveAttributeAsync("data-document-id", documentId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Ui.ConfirmNameIfWarnedAsync(page);
        await Expect(page.GetByTestId("import-commit")).ToBeDisabledAsync();
        await page.GetByText("作为新版本（保留当前版本，文件成为第 2 版）").ClickAsync();
        await environment.Screenshots.TakeAsync(page, "41-import-as-new-version");
        await Ui.CommitAsync(page);

        Assert.Equal(documentId, Ui.DocumentIdOf(page.Url));
        var (version, count) = await server.QueryAsync(async db =>
        {
            var d = await db.Documents.AsNoTracking().SingleAsync(x => x.Id == documentId);
            return (d.CurrentVersion, await db.Documents.AsNoTracking().CountAsync(x => x.BudgetUnitId == d.BudgetUnitId && x.FiscalYear == d.FiscalYear));
        });
        Assert.Equal((2, 1), (version, count));
        await page.Context.CloseAsync();
    }
}
