using System.Globalization;
using Jixiao.Data.Security;
using Jixiao.Web.E2E.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Jixiao.Web.E2E;

/// <summary>
/// 部门整体自评 in the browser (issue 18, must-hold 2): with a 2021 document approved and its two projects'
/// self-evaluations submitted (setup through the services), the filer starts the department-wide evaluation from
/// 绩效自评, sees the projects summed (28 / 30万元, both 优), enters the overall actuals and watches the total follow
/// (83.33 良), is stopped on submit by the missing reason, adds it and submits; the department's reviewer confirms;
/// the finance bureau records 复核 and publishes; the public then reads it. Screenshots department-evaluation-*.png.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class DepartmentEvaluationJourneyTests(E2EEnvironment environment, ITestOutputHelper output)
{
    [Fact]
    public async Task Filer_starts_fills_is_stopped_by_a_missing_reason_submits_reviewer_confirms_finance_reviews_and_publishes()
    {
        var server = environment.Server;
        var shots = environment.Screenshots;
        var filer = server.FirstUser(Role.UnitFiler);
        var reviewer = await ReviewerOfAsync((await server.ScopeOfAsync(filer.UserName)).DepartmentId);
        var finance = server.FirstUser(Role.FinanceReviewer);
        // An old year, so the journeys that open the newest year's lists do not meet this document.
        const int year = 2021;
        await DepartmentScenario.ApprovedWithProjectsSubmittedAsync(server, filer.UserName, reviewer, year);

        // 1. The filer opens 绩效自评 for the year and starts the department-wide evaluation.
        var page = await environment.NewPageAsync();
        await Ui.SignInAsync(page, filer.UserName, E2EServer.DemoPassword);
        await page.GotoAsync($"/evaluations?year={year}");
        await Expect(page.GetByTestId("department-evaluable-row")).ToHaveCountAsync(1);
        await shots.TakeAsync(page, "department-evaluation-01-list");
        await page.GetByTestId("start-department-evaluation").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/department-evaluations/\d+$"));
        var id = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);
        await Expect(page.GetByTestId("evaluation-state")).ToHaveTextAsync("填报中");
        await Expect(page.GetByTestId("department-project")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("eval-rate")).ToHaveTextAsync("93.33%");
        await Expect(page.Locator("[data-testid=department-grade][data-grade=优]")).ToHaveTextAsync("2 个（100.00%）");
        await shots.TakeAsync(page, "department-evaluation-02-pre-filled");

        // 2. Enters the overall actuals: 4000 of ≥5000件 without a reason, 95% of ≥90%; the total follows.
        await ChangeAsync(page.GetByTestId("eval-goal-actual"), "全年办理公证4000件，群众满意度95%");
        var rows = page.GetByTestId("eval-line");
        await ChangeAsync(rows.Nth(0).GetByTestId("eval-actual"), "4000件");
        await ChangeAsync(rows.Nth(1).GetByTestId("eval-actual"), "95%");
        await Expect(page.GetByTestId("eval-total")).ToHaveTextAsync("83.33");
        await Expect(page.GetByTestId("eval-grade")).ToHaveTextAsync("良");
        await Expect(rows.Nth(0).GetByTestId("eval-line-score")).ToHaveTextAsync("64.00");
        await shots.TakeAsync(page, "department-evaluation-03-live-score");

        // 3. Submitting is refused, naming the line; the reason is added and the evaluation submitted.
        await page.GetByTestId("eval-submit").ClickAsync();
        await Expect(page.GetByTestId("submit-refused")).ToContainTextAsync("第1项指标");
        await Expect(page.GetByTestId("submit-refused")).ToContainTextAsync("偏差原因分析及改进措施");
        await Expect(page.GetByTestId("evaluation-state")).ToHaveTextAsync("填报中");
        await shots.TakeAsync(page, "department-evaluation-04-stopped-by-missing-reason");
        await ChangeAsync(rows.Nth(0).GetByTestId("eval-reason"), "部分当事人推迟办理，下年度加强预约服务");
        await page.GetByTestId("eval-submit").ClickAsync();
        await Expect(page.GetByTestId("evaluation-state")).ToHaveTextAsync("已提交");
        await Expect(page.GetByTestId("eval-submit")).ToHaveCountAsync(0);
        await shots.TakeAsync(page, "department-evaluation-05-submitted");
        await Ui.SignOutAsync(page);

        // 4. The department's reviewer confirms.
        await Ui.SignInAsync(page, reviewer, E2EServer.DemoPassword);
        await page.GotoAsync($"/department-evaluations/{id}");
        await page.GetByTestId("eval-confirm").ClickAsync();
        await Expect(page.GetByTestId("evaluation-state")).ToHaveTextAsync("已确认");
        await shots.TakeAsync(page, "department-evaluation-06-confirmed");
        await Ui.SignOutAsync(page);

        // The public sees nothing before publication.
        await page.GotoAsync($"/department-evaluations/{id}");
        await Expect(page.GetByTestId("problem-message")).ToContainTextAsync("无权查看");

        // 5. The finance bureau records 复核 beside the department's total and publishes.
        await Ui.SignInAsync(page, finance.UserName, E2EServer.DemoPassword);
        await page.GotoAsync($"/department-evaluations/{id}");
        await page.GetByTestId("eval-review-input").FillAsync("79.5");
        await page.GetByTestId("eval-review-note-input").FillAsync("满意度问卷样本偏少");
        await page.GetByTestId("eval-review-note-input").PressAsync("Tab");
        await page.GetByTestId("eval-review-save").ClickAsync();
        await Expect(page.GetByTestId("eval-review-score")).ToContainTextAsync("79.50（中）");
        await Expect(page.GetByTestId("eval-difference")).ToHaveTextAsync("-3.83");
        await shots.TakeAsync(page, "department-evaluation-07-finance-review");
        await page.GetByTestId("eval-publish").ClickAsync();
        await Expect(page.GetByTestId("evaluation-state")).ToHaveTextAsync("已公开");
        await Ui.SignOutAsync(page);

        // 6. The public reads the published result, read-only.
        await page.GotoAsync($"/department-evaluations/{id}");
        await Expect(page.GetByTestId("eval-total")).ToHaveTextAsync("83.33");
        await Expect(page.GetByTestId("eval-save")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=eval-actual]:not([disabled])")).ToHaveCountAsync(0);
        await shots.TakeAsync(page, "department-evaluation-08-public");
        output.WriteLine($"截图已保存：{shots.Folder}");
        await page.Context.CloseAsync();
    }

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
