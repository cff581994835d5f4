using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Core.Values;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// 运行监控 in the browser (issue 18, must-holds 3, 6 and 9): the finance bureau opens 1–7月 with a 报送截止日期; the filer
/// enters execution and progress on a published document, is stopped on 报送 by a red project without cause and remedy,
/// picks a cause, writes a remedy and submits; the department's reviewer confirms; the finance bureau sees the lights,
/// the red item with its cause and the planned-vs-actual spending chart (read at 1366×768), and adds 整改要求.
/// Screenshots of every step are kept (monitoring-*.png).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed partial class MonitoringJourneyTests(E2EEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task Filer_is_stopped_by_a_red_item_without_cause_submits_reviewer_confirms_finance_sees_lights_and_chart_and_adds_rectification()
    {
        var server = environment.Server;
        var shots = environment.Screenshots;
        var filer = server.FirstUser(Role.UnitFiler);
        var (departmentId, unitId) = await server.ScopeOfAsync(filer.UserName);
        var reviewer = await ReviewerOfAsync(departmentId);
        var finance = server.FirstUser(Role.FinanceReviewer);
        var document = await server.QueryAsync(db => db.Documents.Where(d => d.BudgetUnitId == unitId && d.State == WorkflowState.Published)
            .Select(d => new { d.Id, d.FiscalYear }).FirstAsync());

        // 1. The finance bureau opens 1–7月 of the published year with its deadline.
        var page = await environment.NewPageAsync();
        await page.SetViewportSizeAsync(1366, 768);
        await Ui.SignInAsync(page, finance.UserName, E2EServer.DemoPassword);
        await page.GetByTestId("nav-monitoring").ClickAsync();
        await Expect(page.GetByTestId("monitoring-title")).ToBeVisibleAsync();
        await page.GetByTestId("period-year").FillAsync(document.FiscalYear.ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("period-year").PressAsync("Tab");
        await page.GetByTestId("period-deadline").FillAsync($"{document.FiscalYear}-08-15");
        await page.GetByTestId("period-deadline").PressAsync("Tab");
        await page.GetByTestId("period-open").ClickAsync();
        await Expect(page.GetByTestId("period-info")).ToContainTextAsync($"{document.FiscalYear}年1–7月");
        // Dates one way everywhere (issue 20 item 8): 2026年8月15日, as the rest of the system shows them, never 2026-08-15.
        await Expect(page.GetByTestId("period-info")).ToContainTextAsync($"报送截止日期 {document.FiscalYear}年8月15日");
        await Expect(page.GetByTestId("period-info")).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{4}-\d{2}-\d{2}"));
        await shots.TakeAsync(page, "monitoring-01-period-opened");
        await Ui.SignOutAsync(page);

        // 2. The filer starts the table of the published document.
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        await page.GetByTestId("nav-monitoring").ClickAsync();
        await page.Locator($"[data-testid=monitoring-document][data-document='{document.Id}']").GetByTestId("start-report").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/monitoring/reports/\d+$"));
        await Expect(page.GetByTestId("report-state")).ToHaveTextAsync("填报中");
        var reportUrl = new Uri(page.Url).AbsolutePath;
        await shots.TakeAsync(page, "monitoring-02-pre-filled");

        // 3. Enters execution (in full, but nothing for the first project whose plan expects spending by 31 July) and each line's progress.
        var projects = page.GetByTestId("report-project");
        var count = await projects.CountAsync();
        var lagging = -1;
        for (var i = 0; i < count; i++)
        {
            var project = projects.Nth(i);
            var planned = PlannedPattern().Match(await project.InnerTextAsync());
            var laggingHere = lagging < 0 && planned.Success && decimal.Parse(planned.Groups[1].Value, CultureInfo.InvariantCulture) > 0m;
            if (laggingHere) lagging = i;
            var budget = await project.GetByTestId("year-budget").InputValueAsync();
            await ChangeAsync(project.GetByTestId("executed"), laggingHere ? "0" : budget);
            var lines = project.GetByTestId("report-line");
            for (var k = 0; k < await lines.CountAsync(); k++)
            {
                var line = lines.Nth(k);
                var target = TargetValue.Parse((await line.Locator("td").Nth(3).InnerTextAsync()).Trim());
                if (target is { IsMeasurable: true, Number: not null }) await ChangeAsync(line.GetByTestId("line-progress"), target.Number + target.Unit);
                await line.GetByTestId("line-likelihood").SelectOptionAsync("确定能");
            }
        }
        Assert.True(lagging >= 0, "演示文档中没有按计划7月底前须支出的项目");
        var red = projects.Nth(lagging);
        await Expect(red.Locator("[data-testid=light]").First).ToHaveAttributeAsync("data-light", "red");
        await Expect(red.GetByTestId("project-problem").First).ToContainTextAsync("须选择偏差原因并填写纠偏措施");
        await shots.TakeAsync(page, "monitoring-03-entered-red-project");

        // 4. 报送 is refused, naming the project and what is missing.
        await page.GetByTestId("report-submit").ClickAsync();
        var refused = page.GetByTestId("submit-refused");
        await Expect(refused).ToContainTextAsync("预算执行红灯");
        await Expect(refused).ToContainTextAsync("须选择偏差原因并填写纠偏措施后才能报送");
        await Expect(page.GetByTestId("report-state")).ToHaveTextAsync("填报中");
        await shots.TakeAsync(page, "monitoring-04-stopped-by-red-without-cause");

        // 5. Cause and remedy added, it submits.
        await red.Locator("[data-testid=project-cause][data-cause='经费保障']").CheckAsync();
        await ChangeAsync(red.GetByTestId("project-cause-note"), "上级资金7月下旬才下达");
        await ChangeAsync(red.GetByTestId("project-remedy"), "资金到位后8月集中支付");
        await Expect(red.GetByTestId("project-problem")).ToHaveCountAsync(0);
        await page.GetByTestId("report-submit").ClickAsync();
        await Expect(page.GetByTestId("report-state")).ToHaveTextAsync("已报送");
        await Expect(page.GetByTestId("report-submit")).ToHaveCountAsync(0);
        await shots.TakeAsync(page, "monitoring-05-submitted");
        await Ui.SignOutAsync(page);

        // 6. The department's reviewer confirms.
        await Ui.SignInAsync(page, reviewer, E2EServer.DemoPassword);
        await page.GotoAsync(reportUrl);
        await page.GetByTestId("report-confirm").ClickAsync();
        await Expect(page.GetByTestId("report-state")).ToHaveTextAsync("已确认");
        await shots.TakeAsync(page, "monitoring-06-confirmed");
        await Ui.SignOutAsync(page);

        // 7. The finance bureau sees the lights, the red item with its cause and the spending chart at 1366×768.
        await Ui.SignInAsync(page, finance.UserName, E2EServer.DemoPassword);
        await page.GetByTestId("nav-monitoring").ClickAsync();
        await page.GetByTestId("open-overview").ClickAsync();
        await Expect(page.GetByTestId("overview-title")).ToContainTextAsync("运行监控总览");
        await Expect(page.GetByTestId("total-red")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("overview-reported")).ToHaveTextAsync("1");
        await Expect(page.GetByTestId("red-item-causes")).ToHaveTextAsync("经费保障");
        var chart = page.GetByTestId("spending-chart");
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart.GetByTestId("spending-month")).ToHaveCountAsync(12);
        var ticks = await chart.GetByTestId("spending-axis-tick").EvaluateAllAsync<string[]>("els => els.map(e => e.textContent)");
        var values = ticks.Select(t => decimal.Parse(t, NumberStyles.Number, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(0m, values[0]);
        Assert.All(values.Skip(1).Zip(values), pair => Assert.Equal(values[1] - values[0], pair.First - pair.Second));
        await Expect(chart.GetByTestId("spending-actual-label")).ToHaveCountAsync(1);
        var box = await chart.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X + box.Width <= 1366, $"图表超出 1366 像素宽：{box.X + box.Width}");
        await chart.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots.Folder, "monitoring-07-spending-chart-1366x768.png") });
        await shots.TakeAsync(page, "monitoring-08-finance-overview");

        // 8. From the red item to its table: the finance bureau adds 整改要求.
        await page.GetByTestId("red-item-link").First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/monitoring/reports/\d+$"));
        var followUp = projects.Nth(lagging).GetByTestId("project-followup");
        await followUp.GetByTestId("followup-input").FillAsync("8月底前支出进度须达到计划的80%");
        await followUp.GetByTestId("followup-input").PressAsync("Tab");
        await followUp.GetByTestId("followup-require").ClickAsync();
        await Expect(followUp.GetByTestId("followup-requirement")).ToContainTextAsync("8月底前支出进度须达到计划的80%");
        await shots.TakeAsync(page, "monitoring-09-rectification-required");
        output.WriteLine($"截图已保存：{shots.Folder}");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"计划进度 (\d+(?:\.\d+)?)%")]
    private static partial Regex PlannedPattern();

    /// <summary>Types into a field and leaves it, so its change event reaches the server (the page relights on change).</summary>
    private static async Task ChangeAsync(ILocator field, string text)
    {
        await field.FillAsync(text);
        await field.PressAsync("Tab");
    }

    private async Task<string> ReviewerOfAsync(int? departmentId)
    {
        foreach (var user in environment.Server.Users.Where(u => u.Role == Role.DepartmentReviewer))
            if ((await environment.Server.ScopeOfAsync(user.UserName)).DepartmentId == departmentId) return user.UserName;
        throw new InvalidOperationException($"演示数据中没有部门 {departmentId} 的部门审核人");
    }
}
