using System.Globalization;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// 编制 from nothing in headless Chromium (issue 17, must-hold 10): the filer creates an empty document, adds a project,
/// types its budget (total from its parts), a spending plan and two goals in 编辑表头, adds one indicator under each
/// 一级 of the frame, sees a finding appear for an indicator without a value and go when the value is typed, and is
/// refused in Chinese for parts above the total. Screenshots 40- are kept.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class DraftingJourneyTests(E2EEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task A_filer_drafts_a_project_with_budget_plan_goals_and_an_indicator_of_each_level1_and_sees_findings_come_and_go()
    {
        var filer = environment.Server.FirstUser(Role.UnitFiler);
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);

        await page.GetByTestId("nav-new-document").ClickAsync();
        var year = page.Locator("input[data-testid=new-year], [data-testid=new-year] input").First;
        await year.FillAsync("2037");
        await year.BlurAsync();
        await page.GetByTestId("new-create").ClickAsync();
        await page.WaitForURLAsync(Ui.DocumentUrl());
        var documentId = Ui.DocumentIdOf(page.Url);

        await page.GetByTestId("np-name").FillAsync("社区矫正信息化建设");
        await page.GetByTestId("np-add").ClickAsync();
        await Expect(page.GetByTestId("project-row")).ToHaveCountAsync(1);
        await environment.Screenshots.TakeAsync(page, "40-drafting-project-added");
        await page.GetByTestId("project-link").First.ClickAsync();
        await page.WaitForURLAsync(Ui.ProjectUrl());

        // 编辑表头: parts above the total are refused in Chinese and nothing is stored.
        await page.GetByTestId("edit-header").ClickAsync();
        await Set(page, "hf-total", "50");
        await Set(page, "hf-fiscal", "80");
        await Set(page, "hf-other", "20");
        await page.GetByTestId("hf-save").ClickAsync();
        await Expect(page.Locator(".mud-snackbar").Filter(new() { HasText = "超过资金总额" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("budget-total")).ToHaveTextAsync("");

        // The total left empty follows from its parts; plan and two goals.
        await Set(page, "hf-total", "");
        foreach (var (month, percent) in new[] { (3, "20"), (6, "50"), (10, "80"), (12, "100") })
            await Set(page, $"hf-plan-{month}", percent);
        await Set(page, "hf-goals", "完成社区矫正信息化平台建设\n矫正对象再犯率控制在1%以内");
        await page.GetByTestId("hf-save").ClickAsync();
        await Expect(page.GetByTestId("budget-total")).ToHaveTextAsync("100");
        await Expect(page.GetByTestId("project-goals")).ToContainTextAsync("2. 矫正对象再犯率控制在1%以内");
        await environment.Screenshots.TakeAsync(page, "41-drafting-header-saved");

        // One indicator under each 一级 of the 2021 frame; the value is read live.
        var indicators = new[]
        {
            ("产出指标", "配备移动执法终端", "≥", "20台"),
            ("成本指标", "平台建设成本", "≤", "100万元"),
            ("效益指标", "矫正对象再犯率", "≤", "1%"),
            ("满意度指标", "矫正对象满意度", "≥", ""),
        };
        var count = 0;
        foreach (var (level1, name, nature, value) in indicators)
        {
            await page.GetByTestId("ni-level1").SelectOptionAsync(level1);
            await page.GetByTestId("ni-name").FillAsync(name);
            await page.GetByTestId("ni-nature").SelectOptionAsync(nature);
            if (value.Length > 0)
            {
                await page.GetByTestId("ni-value").FillAsync(value);
                await Expect(page.GetByTestId("ni-parsed")).ToContainTextAsync("读作：");
            }
            await page.GetByTestId("ni-add").ClickAsync();
            await Expect(page.GetByTestId("indicator-row")).ToHaveCountAsync(++count);
        }
        await Expect(page.GetByTestId("cell-level1")).ToHaveTextAsync(["产出指标", "成本指标", "效益指标", "满意度指标"]);

        // The satisfaction indicator has no value: a finding appears beside the table …
        var row = page.GetByTestId("indicator-row").Filter(new() { HasText = "矫正对象满意度" });
        var indicatorId = int.Parse(await row.GetAttributeAsync("data-indicator-id") ?? "0", CultureInfo.InvariantCulture);
        await Expect(Ui.ProjectFinding(page, "R-VAL-001", indicatorId)).ToHaveCountAsync(1);
        await environment.Screenshots.TakeAsync(page, "42-drafting-finding-shown");
        // … and goes when the value is typed.
        await Ui.EditCellAsync(page, indicatorId, "cell-value", "95%");
        await Expect(Ui.ProjectFinding(page, "R-VAL-001", indicatorId)).ToHaveCountAsync(0);
        await environment.Screenshots.TakeAsync(page, "43-drafting-finding-gone");

        // A value the parser cannot read shows its message before anything is saved.
        await page.GetByTestId("ni-nature").SelectOptionAsync("≥");
        await page.GetByTestId("ni-value").FillAsync("≤95%");
        await Expect(page.GetByTestId("ni-parsed")).ToContainTextAsync("无法读出指标值：指标性质“≥”与指标值中的运算符矛盾");
        await environment.Screenshots.TakeAsync(page, "44-drafting-value-unreadable");
        output.WriteLine($"编制文档 {documentId}：1 个项目，{count} 项指标");
        await page.Context.CloseAsync();
    }

    /// <summary>Types into a plain input bound on change, and leaves it so that Blazor receives the change.</summary>
    private static async Task Set(IPage page, string testId, string text)
    {
        var input = page.GetByTestId(testId);
        await input.FillAsync(text);
        await input.BlurAsync();
    }
}
