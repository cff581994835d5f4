using System.Globalization;
using Jixiao.Core.Values;
using Jixiao.Data.Entities;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// 绩效自评 in the browser (issue 18, must-hold 9): the filer starts the self-evaluation of a published project, enters
/// the actuals and watches score and grade follow, is stopped on submit by a line below full points without a
/// reason, adds it and submits; the department's reviewer confirms; the finance bureau records its 复核 and sees the
/// grade chart (read at 1366×768) and publishes; the public sees nothing before and the result after. Screenshots of
/// every step are kept (evaluation-*.png).
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class SelfEvaluationJourneyTests(E2EEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task Filer_enters_is_stopped_by_a_missing_reason_submits_reviewer_confirms_finance_sees_the_grade_chart()
    {
        var server = environment.Server;
        var shots = environment.Screenshots;
        var filer = server.FirstUser(Role.UnitFiler);
        var (departmentId, _) = await server.ScopeOfAsync(filer.UserName);
        var reviewer = await ReviewerOfAsync(departmentId);
        var finance = server.FirstUser(Role.FinanceReviewer);

        // 1. The filer opens 绩效自评 from the menu and starts the first project of a published document.
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        await page.GetByTestId("nav-evaluations").ClickAsync();
        await Expect(page.GetByTestId("evaluations-title")).ToBeVisibleAsync();
        await shots.TakeAsync(page, "evaluation-01-list");
        await page.GetByTestId("start-evaluation").First.ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/evaluations/\d+$"));
        await Expect(page.GetByTestId("evaluation-state")).ToHaveTextAsync("填报中");
        var evaluationId = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        await Expect(page.GetByTestId("eval-total")).ToBeVisibleAsync();
        await shots.TakeAsync(page, "evaluation-02-pre-filled");

        // 2. Enters the actuals: budget spent in full, each line at its target, one ≥ line at half its target, no reason.
        var yearBudget = await page.GetByTestId("eval-year-budget").InputValueAsync();
        await ChangeAsync(page.GetByTestId("eval-executed"), yearBudget);
        await ChangeAsync(page.GetByTestId("eval-goal-actual"), "年度总体目标基本完成");
        var rows = page.GetByTestId("eval-line");
        var count = await rows.CountAsync();
        Assert.True(count > 0);
        var halfLine = 0;
        for (var i = 0; i < count; i++)
        {
            var row = rows.Nth(i);
            var target = TargetValue.Parse((await row.Locator("td").Nth(3).InnerTextAsync()).Trim());
            if (await row.GetByTestId("eval-grade-select").CountAsync() > 0 && target is not { IsMeasurable: true } && target.Kind != TargetKind.Deadline)
            {
                var points = (await row.Locator("td").Nth(8).InnerTextAsync()).Trim();
                await ChangeAsync(row.GetByTestId("eval-actual"), "已完成");
                await row.GetByTestId("eval-grade-select").SelectOptionAsync("达成");
                await ChangeAsync(row.GetByTestId("eval-judged-score"), points);
                await ChangeAsync(row.GetByTestId("eval-reason"), "按计划完成");
                continue;
            }
            if (target is { IsMeasurable: true, Number: not null })
            {
                var floor = target.Op is { } op && op.IsFloor() && target.NumericValue > 0;
                if (halfLine == 0 && floor)
                {
                    halfLine = i + 1;
                    var half = (target.NumericValue!.Value / 2m).ToString("0.##", CultureInfo.InvariantCulture) + target.Unit;
                    await ChangeAsync(row.GetByTestId("eval-actual"), half);
                    continue;
                }
                await ChangeAsync(row.GetByTestId("eval-actual"), target.Number + target.Unit);
                continue;
            }
            await ChangeAsync(row.GetByTestId("eval-actual"), "已按时完成");
        }
        Assert.True(halfLine > 0, "没有 ≥ 类指标可填一半");
        // The score and grade follow the inputs: every line full but the half one, which loses half its points.
        var halfPoints = decimal.Parse((await rows.Nth(halfLine - 1).Locator("td").Nth(8).InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);
        var total = 100m - decimal.Round(halfPoints / 2m, 2, MidpointRounding.AwayFromZero);
        await Expect(page.GetByTestId("eval-total")).ToHaveTextAsync(total.ToString("0.00", CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("eval-grade")).ToHaveTextAsync(total >= 90m ? "优" : total >= 80m ? "良" : "中");
        await Expect(page.Locator($"[data-testid=eval-line-problem][data-line='{halfLine}']").First).ToContainTextAsync("偏差原因分析及改进措施");
        await shots.TakeAsync(page, "evaluation-03-entered-live-score");

        // 3. 提交 is refused, naming the line and what is missing.
        await page.GetByTestId("eval-submit").ClickAsync();
        var refused = page.GetByTestId("submit-refused");
        await Expect(refused).ToContainTextAsync($"第{halfLine}项指标");
        await Expect(refused).ToContainTextAsync("偏差原因分析及改进措施");
        await Expect(page.GetByTestId("evaluation-state")).ToHaveTextAsync("填报中");
        await shots.TakeAsync(page, "evaluation-04-stopped-by-missing-reason");

        // 4. The reason added, it submits.
        await ChangeAsync(rows.Nth(halfLine - 1).GetByTestId("eval-reason"), "下半年资金到位较晚，部分采购延至次年，将提前安排");
        await page.GetByTestId("eval-submit").ClickAsync();
        await Expect(page.GetByTestId("evaluation-state")).ToHaveTextAsync("已提交");
        await Expect(page.GetByTestId("eval-submit")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("eval-total")).ToHaveTextAsync(total.ToString("0.00", CultureInfo.InvariantCulture));
        await shots.TakeAsync(page, "evaluation-05-submitted");
        await Ui.SignOutAsync(page);

        // 5. The department's reviewer confirms.
        await Ui.SignInAsync(page, reviewer, E2EServer.DemoPassword);
        await page.GotoAsync($"/evaluations/{evaluationId}");
        await page.GetByTestId("eval-confirm").ClickAsync();
        await Expect(page.GetByTestId("evaluation-state")).ToHaveTextAsync("已确认");
        await shots.TakeAsync(page, "evaluation-06-confirmed-by-reviewer");
        await Ui.SignOutAsync(page);

        // The public sees nothing of it before the finance bureau publishes.
        await page.GotoAsync($"/evaluations/{evaluationId}");
        await Expect(page.GetByTestId("problem-message")).ToContainTextAsync("无权查看");
        await Expect(page.GetByTestId("evaluation-title")).ToHaveCountAsync(0);

        // 6. The finance bureau records its 复核 and sees the grade chart at 1366×768.
        await page.SetViewportSizeAsync(1366, 768);
        await Ui.SignInAsync(page, finance.UserName, E2EServer.DemoPassword);
        await page.GotoAsync($"/evaluations/{evaluationId}");
        await page.GetByTestId("eval-review-input").FillAsync("70");
        await page.GetByTestId("eval-review-note-input").FillAsync("抽查佐证不足");
        await page.GetByTestId("eval-review-note-input").PressAsync("Tab");
        await page.GetByTestId("eval-review-save").ClickAsync();
        await Expect(page.GetByTestId("eval-review-score")).ToContainTextAsync("70.00（中）");
        var difference = 70m - total;
        await Expect(page.GetByTestId("eval-difference")).ToHaveTextAsync((difference > 0 ? "+" : "") + difference.ToString("0.00", CultureInfo.InvariantCulture));
        await shots.TakeAsync(page, "evaluation-07-finance-review");

        var year = await server.QueryAsync(db => db.Set<SelfEvaluationEntity>().Where(e => e.Id == evaluationId).Select(e => e.FiscalYear).FirstAsync());
        await page.GotoAsync($"/evaluations?year={year}");
        var chart = page.GetByTestId("grade-chart");
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart.GetByTestId("grade-bar-label")).ToHaveTextAsync(["优", "良", "中", "差"]);
        // The axis starts at 0 and steps in whole numbers; the bars are inside the viewport's width.
        var ticks = await chart.GetByTestId("grade-axis-tick").EvaluateAllAsync<string[]>("els => els.map(e => e.textContent)");
        var values = ticks.Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(0, values[0]);
        var step = values[1] - values[0];
        Assert.Contains(step, new[] { 1, 2, 5, 10, 20, 50, 100 });
        Assert.All(values.Skip(1).Zip(values), pair => Assert.Equal(step, pair.First - pair.Second));
        var box = await chart.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X + box.Width <= 1366, $"图表超出 1366 像素宽：{box.X + box.Width}");
        await Expect(page.GetByTestId("evaluation-row")).Not.ToHaveCountAsync(0);
        await chart.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots.Folder, "evaluation-08-grade-chart-1366x768.png") });
        await shots.TakeAsync(page, "evaluation-09-finance-overview");

        // 7. The finance bureau publishes the result; now the public reads it, read-only.
        await page.GotoAsync($"/evaluations/{evaluationId}");
        await page.GetByTestId("eval-publish").ClickAsync();
        await Expect(page.GetByTestId("evaluation-state")).ToHaveTextAsync("已公开");
        await Ui.SignOutAsync(page);
        await page.GotoAsync($"/evaluations/{evaluationId}");
        await Expect(page.GetByTestId("evaluation-state")).ToHaveTextAsync("已公开");
        await Expect(page.GetByTestId("eval-total")).ToHaveTextAsync(total.ToString("0.00", CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("eval-save")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=eval-actual]:not([disabled])")).ToHaveCountAsync(0);
        await page.GotoAsync($"/evaluations?year={year}");
        await Expect(page.GetByTestId("evaluation-row")).ToHaveCountAsync(1);
        await shots.TakeAsync(page, "evaluation-10-public-result");
        output.WriteLine($"截图已保存：{shots.Folder}");
        await page.Context.CloseAsync();
    }

    /// <summary>Types into a field and leaves it, so its change event reaches the server (the page rescores on change).</summary>
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
