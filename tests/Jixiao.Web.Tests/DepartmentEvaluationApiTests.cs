using System.Net;
using System.Text.Json;
using Jixiao.Data.DepartmentEvaluation;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// /api/…/department-evaluation(s) for each role: the filer starts the 部门整体自评 of an approved document, saves the
/// overall lines (If-Match; 428 without, 409 stale), is refused submission naming the line, gives the reason and
/// submits; the department confirms; the finance bureau records 复核 and publishes; the public then sees it; others
/// get 404/403. Figures by hand: 28 / 30万元 → 9.33, 办理公证数量 4000 of 5000 × 80 → 64, 满意度 10: 83.33 良.
/// </summary>
public abstract class DepartmentEvaluationApiTests(WebFixture fixture)
{
    private static object Inputs(DepartmentEvaluationDetail d, string? reason) => new
    {
        inputs = new DepartmentEvaluationInputs("全年办理公证4000件", [
            new EvaluationLineInput(d.Lines[0].Key!, "4000件", Reason: reason), new EvaluationLineInput(d.Lines[1].Key!, "95%")]),
    };

    [Fact]
    public async Task Filer_saves_is_refused_without_a_reason_submits_reviewer_confirms_finance_reviews_and_publishes()
    {
        var documentId = await DepartmentScenario.ApprovedWithProjectsSubmittedAsync(fixture, 2033);
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        using var admin = await fixture.SignInAsync(Role.Administrator);
        using var anonymous = fixture.Anonymous();

        var entry = await filer.GetAsync<DocumentDepartmentEvaluation>($"/api/documents/{documentId}/department-evaluation");
        Assert.Equal((2, true), (entry.OverallIndicators, entry.CanStart));
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await reviewer.PostAsync($"/api/documents/{documentId}/department-evaluation"), "部门审核人开始");
        var created = await filer.PostAsync($"/api/documents/{documentId}/department-evaluation");
        await ApiClient.ExpectAsync(HttpStatusCode.Created, created, "开始部门整体自评");
        var detail = await ApiClient.ReadAsync<DepartmentEvaluationDetail>(created);
        var url = $"/api/department-evaluations/{detail.Summary.Id}";
        Assert.Equal(url, created.Headers.Location!.OriginalString);

        await ApiClient.ExpectAsync(HttpStatusCode.PreconditionRequired, await filer.PutAsync(url, Inputs(detail, null)));
        var saved = await ApiClient.ReadAsync<DepartmentEvaluationDetail>(await filer.PutAsync(url, Inputs(detail, null), ifMatch: detail.Summary.RowVersion));
        Assert.Equal((83.33m, "良", 9.33m), (saved.Summary.Total, saved.Summary.Grade, saved.Execution.Score));
        Assert.Equal([("项目甲", "优"), ("项目乙", "优")], saved.Projects.Select(p => (p.Name, p.Grade!)).ToArray());
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, await filer.PutAsync(url, Inputs(detail, "x"), ifMatch: detail.Summary.RowVersion));
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await reviewer.PutAsync(url, Inputs(detail, "x"), ifMatch: saved.Summary.RowVersion));

        var refused = await filer.PostAsync(url + "/submit");
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, refused);
        var message = (await ApiClient.ProblemAsync(refused)).GetProperty("detail").GetString()!;
        Assert.Contains("第1项指标", message, StringComparison.Ordinal);
        Assert.Contains("办理公证数量", message, StringComparison.Ordinal);

        saved = await ApiClient.ReadAsync<DepartmentEvaluationDetail>(await filer.PutAsync(url, Inputs(saved, "部分当事人推迟办理"), ifMatch: saved.Summary.RowVersion));
        var submitted = await ApiClient.ReadAsync<DepartmentEvaluationDetail>(await filer.PostAsync(url + "/submit", new { rowVersion = saved.Summary.RowVersion }));
        Assert.Equal("已提交", submitted.Summary.StateName);
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await finance.PostAsync(url + "/confirm"));
        var confirmed = await ApiClient.ReadAsync<DepartmentEvaluationDetail>(await reviewer.PostAsync(url + "/confirm"));
        Assert.Equal("已确认", confirmed.Summary.StateName);

        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await anonymous.GetAsync($"/api/public/department-evaluations/{detail.Summary.Id}"));
        var reviewed = await ApiClient.ReadAsync<DepartmentEvaluationDetail>(
            await finance.PostAsync(url + "/review", new { score = 80.5m, note = "佐证材料不全", rowVersion = confirmed.Summary.RowVersion }));
        Assert.Equal((80.5m, "良", 80.5m - 83.33m), (reviewed.Summary.ReviewScore, reviewed.Summary.ReviewGrade, reviewed.Summary.Difference));
        await ApiClient.ExpectAsync(HttpStatusCode.OK, await finance.PostAsync(url + "/publish"));
        var published = await anonymous.GetAsync<DepartmentEvaluationDetail>($"/api/public/department-evaluations/{detail.Summary.Id}");
        Assert.Equal("已公开", published.Summary.StateName);

        // The administrator and the finance bureau read the audit; everyone signed in who may see it lists it.
        using var audit = JsonDocument.Parse(await (await admin.GetAsync(url + "/audit")).Content.ReadAsStringAsync());
        var actions = audit.RootElement.EnumerateArray().Select(a => a.GetProperty("action").GetString()!).Distinct().ToArray();
        Assert.Equal(["开始部门整体自评", "部门整体自评保存", "部门整体自评提交", "部门整体自评确认", "部门整体自评复核", "部门整体自评公开"], actions);
        foreach (var client in new[] { filer, reviewer, finance, admin })
            await ApiClient.ExpectAsync(HttpStatusCode.OK, await client.GetAsync(url), "查看");
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await anonymous.GetAsync(url), "未登录");
    }

    [Fact]
    public async Task The_department_wide_endpoints_are_in_the_OpenAPI_document()
    {
        using var anonymous = fixture.Anonymous();
        var json = await (await anonymous.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync();
        foreach (var path in new[] { "/api/documents/{documentId}/department-evaluation", "/api/department-evaluations/{evaluationId}",
                     "/api/department-evaluations/{evaluationId}/submit", "/api/department-evaluations/{evaluationId}/review",
                     "/api/public/department-evaluations/{evaluationId}" })
            Assert.Contains($"\"{path}\"", json, StringComparison.Ordinal);
    }
}

public sealed class DepartmentEvaluationApiOnSqlite(SqliteWebFixture fixture) : DepartmentEvaluationApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class DepartmentEvaluationApiOnPostgres(PostgresWebFixture fixture) : DepartmentEvaluationApiTests(fixture), IClassFixture<PostgresWebFixture>;
