using System.Globalization;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// Issue 17 must-holds 5, 6 and 9 in headless Chromium: the filer writes the department-wide 总体目标 and adds one of its
/// indicators; applies a one-click fix (成本 written with ≥) and sees the finding go; and the public reads the list and
/// a published document with JavaScript switched off. Screenshots 60–64 are kept.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class DepartmentWideAndPublicTests(E2EEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task A_filer_writes_the_department_wide_part_and_fixes_a_cost_written_as_a_floor_with_one_click()
    {
        var filer = environment.Server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);

        await page.GetByTestId("nav-new-document").ClickAsync();
        var year = page.Locator("input[data-testid=new-year], [data-testid=new-year] input").First;
        await year.FillAsync("2038");
        await year.BlurAsync();
        await page.GetByTestId("new-create").ClickAsync();
        await page.WaitForURLAsync(Ui.DocumentUrl());
        var documentId = Ui.DocumentIdOf(page.Url);

        // 部门整体: empty at first, then 总体目标 (two lines), a measure and the funds.
        await Expect(page.GetByTestId("overall-empty")).ToBeVisibleAsync();
        await page.GetByTestId("overall-edit").ClickAsync();
        await page.GetByTestId("overall-goals-input").FillAsync("保障公证业务正常开展\n提升公共法律服务质量");
        await page.GetByTestId("overall-measures-input").FillAsync("完善内部控制制度");
        await page.GetByTestId("overall-funds-basic-input").FillAsync("300");
        await page.GetByTestId("overall-funds-project-input").FillAsync("200");
        await page.GetByTestId("overall-save").ClickAsync();
        await Expect(page.GetByTestId("overall-goal")).ToHaveTextAsync(["保障公证业务正常开展", "提升公共法律服务质量"]);
        await Expect(page.GetByTestId("overall-funds-total")).ToHaveTextAsync("500");

        // One department-wide indicator.
        await page.GetByTestId("overall-add-indicator").ClickAsync();
        await page.GetByTestId("overall-indicator-level1").FillAsync("产出指标");
        await page.GetByTestId("overall-indicator-level2").FillAsync("数量指标");
        await page.GetByTestId("overall-indicator-name").FillAsync("办理公证件数");
        await page.GetByTestId("overall-indicator-value").FillAsync("≥5000");
        await page.GetByTestId("overall-indicator-unit").FillAsync("件");
        await page.GetByTestId("overall-indicator-weight").FillAsync("20");
        await page.GetByTestId("overall-indicator-save").ClickAsync();
        var row = page.GetByTestId("overall-indicator");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.Locator("[data-field=value]")).ToHaveTextAsync("≥5000件");
        await Expect(row.Locator("[data-field=weight]")).ToHaveTextAsync("20");
        await environment.Screenshots.TakeAsync(page, "60-department-wide-edited");

        // A second one under 数量指标, then the first moved down below it (上移/下移 within the 二级, must-hold 5).
        await page.GetByTestId("overall-add-indicator").ClickAsync();
        await page.GetByTestId("overall-indicator-level1").FillAsync("产出指标");
        await page.GetByTestId("overall-indicator-level2").FillAsync("数量指标");
        await page.GetByTestId("overall-indicator-name").FillAsync("法律咨询件数");
        await page.GetByTestId("overall-indicator-value").FillAsync("≥300");
        await page.GetByTestId("overall-indicator-save").ClickAsync();
        await Expect(row.Locator("[data-field=name]")).ToHaveTextAsync(["办理公证件数", "法律咨询件数"]);
        await row.First.GetByTestId("overall-indicator-down").ClickAsync();
        await Expect(row.Locator("[data-field=name]")).ToHaveTextAsync(["法律咨询件数", "办理公证件数"]);
        await environment.Screenshots.TakeAsync(page, "60a-department-wide-moved");

        // A project whose cost is written as a floor: R-VAL-005 offers an exact fix.
        await page.GetByTestId("np-name").FillAsync("公证信息化建设");
        await page.GetByTestId("np-add").ClickAsync();
        await page.GetByTestId("project-link").First.ClickAsync();
        await page.WaitForURLAsync(Ui.ProjectUrl());
        await page.GetByTestId("ni-level1").SelectOptionAsync("成本指标");
        await page.GetByTestId("ni-name").FillAsync("平台建设成本");
        await page.GetByTestId("ni-nature").SelectOptionAsync("≥");
        await page.GetByTestId("ni-value").FillAsync("100万元");
        await page.GetByTestId("ni-add").ClickAsync();
        await Expect(page.GetByTestId("indicator-row")).ToHaveCountAsync(1);
        var indicatorId = int.Parse(await page.GetByTestId("indicator-row").First.GetAttributeAsync("data-indicator-id") ?? "0", CultureInfo.InvariantCulture);
        var finding = Ui.ProjectFinding(page, "R-VAL-005", indicatorId);
        await Expect(finding).ToHaveCountAsync(1);
        var fix = finding.GetByTestId("finding-fix");
        await Expect(fix).ToContainTextAsync("将指标性质“≥”改为“≤”");
        await environment.Screenshots.TakeAsync(page, "61-one-click-fix-offered");
        await fix.ClickAsync();
        await Expect(Ui.ProjectFinding(page, "R-VAL-005", indicatorId)).ToHaveCountAsync(0);
        await Expect(Ui.IndicatorRow(page, indicatorId).GetByTestId("cell-nature")).ToHaveTextAsync("≤");
        await environment.Screenshots.TakeAsync(page, "62-one-click-fix-applied");
        output.WriteLine($"文档 {documentId}：部门整体已编辑，一键修正已应用");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_public_reads_the_list_and_a_published_document_with_javascript_disabled()
    {
        var page = await environment.NewPageAsync(javaScript: false);
        var response = await page.GotoAsync("/");
        Assert.EndsWith("/public", page.Url, StringComparison.Ordinal);
        Assert.Equal(200, response!.Status);
        await Expect(page).ToHaveTitleAsync("已公开的预算绩效目标 - 绩效目标管理");
        await Expect(page.GetByTestId("published-document").First).ToBeVisibleAsync();
        await environment.Screenshots.TakeAsync(page, "63-public-list-no-javascript");

        var link = page.GetByTestId("published-document").First.Locator("a");
        var title = (await link.TextContentAsync())!.Trim();
        await link.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/public/documents/\d+$"));
        await Expect(page).ToHaveTitleAsync($"{title} - 绩效目标管理");
        await Expect(page.GetByTestId("public-title")).ToHaveTextAsync(title);
        await Expect(page.GetByTestId("overall-target")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("overall-goal").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("public-project").First.GetByTestId("target-table")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("download-pdf")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"/api/public/documents/\d+/export/pdf"));
        await Expect(page.Locator("td.editable")).ToHaveCountAsync(0);
        await environment.Screenshots.TakeAsync(page, "64-public-document-no-javascript");

        // A project in the list jumps to its table on the same page (a plain anchor).
        var projectLink = page.GetByTestId("project-link").First;
        await Expect(projectLink).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"#project-\d+$"));
        await page.Context.CloseAsync();
    }
}
