using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Jixiao.Core.Values;
using Jixiao.Data;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// /api/…/evaluations: a filer starts the self-evaluation of a published project, saves actuals (If-Match; 428 without,
/// 409 stale), is refused submission in Chinese naming the line, fixes it and submits; the department confirms; the
/// finance bureau records 复核 and sees the grades; the public sees it only once published; the template downloads
/// and a filled one imports (preview, then commit). In the OpenAPI document.
/// </summary>
public abstract class EvaluationApiTests(WebFixture fixture)
{
    private static async Task<(int DocumentId, DocumentEvaluations List)> PublishedAsync(ApiClient filer)
    {
        var published = (await Scenario.ListAsync(filer)).First(d => d.State == WorkflowState.Published);
        return (published.Id, await filer.GetAsync<DocumentEvaluations>($"/api/documents/{published.Id}/evaluations"));
    }

    private static async Task<EvaluationDetail> StartAsync(ApiClient filer, int documentId, string projectKey)
    {
        var response = await filer.PostAsync($"/api/documents/{documentId}/evaluations", new { projectKey });
        await ApiClient.ExpectAsync(HttpStatusCode.Created, response, "开始自评");
        return await ApiClient.ReadAsync<EvaluationDetail>(response);
    }

    /// <summary>Each line at its target (judged lines 达成 at full points with a reason), the budget spent.</summary>
    internal static EvaluationInputs AllMet(EvaluationDetail detail) => new(detail.Execution.InitialBudget, detail.Execution.YearBudget,
        detail.Execution.YearBudget, "年度目标全部完成", detail.Lines.Select(l =>
        {
            var t = l.Target is null ? null : TargetValue.Parse(l.Target);
            if (t is { IsMeasurable: true, Number: not null }) return new EvaluationLineInput(l.Key!, t.Number + t.Unit);
            if (t is { Kind: TargetKind.Deadline }) return new EvaluationLineInput(l.Key!, "已按时完成");
            return new EvaluationLineInput(l.Key!, "已完成", "达成", l.Points!.Value.ToString("0.##", CultureInfo.InvariantCulture), "按计划完成");
        }).ToArray());

    private static int FloorLine(EvaluationDetail detail) => detail.Lines.ToList().FindIndex(l =>
        l.Target is { } text && TargetValue.Parse(text) is { IsMeasurable: true, NumericValue: > 0, Op: { } op } && op.IsFloor());

    [Fact]
    public async Task Filer_saves_is_refused_without_a_reason_submits_reviewer_confirms_finance_reviews_and_publishes()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var reviewer = await fixture.SignInAsync(Role.DepartmentReviewer);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        using var anonymous = fixture.Anonymous();
        var (documentId, list) = await PublishedAsync(filer);
        Assert.True(list.CanStart);
        var detail = await StartAsync(filer, documentId, list.Projects[0].ProjectKey);
        var url = $"/api/evaluations/{detail.Summary.Id}";

        var inputs = AllMet(detail);
        var floor = FloorLine(detail);
        var target = TargetValue.Parse(detail.Lines[floor].Target!);
        inputs = inputs with
        {
            Lines = inputs.Lines.Select((l, i) => i == floor
                ? l with { Actual = (target.NumericValue!.Value / 2m).ToString("0.##", CultureInfo.InvariantCulture) + target.Unit, Reason = null }
                : l).ToArray(),
        };
        await ApiClient.ExpectAsync(HttpStatusCode.PreconditionRequired, await filer.PutAsync(url, new { inputs }));
        var saved = await ApiClient.ReadAsync<EvaluationDetail>(await filer.PutAsync(url, new { inputs }, ifMatch: detail.Summary.RowVersion));
        Assert.True(saved.Summary.Total < 100m);
        Assert.NotNull(saved.Summary.Grade);
        var stale = await filer.PutAsync(url, new { inputs }, ifMatch: detail.Summary.RowVersion);
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, stale);

        var refused = await filer.PostAsync(url + "/submit");
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, refused);
        var problem = await ApiClient.ProblemAsync(refused);
        Assert.Equal("无法处理", problem.GetProperty("title").GetString());
        var message = problem.GetProperty("detail").GetString()!;
        Assert.Contains($"第{floor + 1}项指标", message, StringComparison.Ordinal);
        Assert.Contains("偏差原因分析及改进措施", message, StringComparison.Ordinal);

        inputs = inputs with { Lines = inputs.Lines.Select((l, i) => i == floor ? l with { Reason = "下半年资金到位晚" } : l).ToArray() };
        saved = await ApiClient.ReadAsync<EvaluationDetail>(await filer.PutAsync(url, new { inputs }, ifMatch: saved.Summary.RowVersion));
        var submitted = await ApiClient.ReadAsync<EvaluationDetail>(await filer.PostAsync(url + "/submit", new { rowVersion = saved.Summary.RowVersion }));
        Assert.Equal(EvaluationState.Submitted, submitted.Summary.State);

        // Not public yet; the filer cannot confirm their own; the reviewer does.
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await anonymous.GetAsync($"/api/public/evaluations/{detail.Summary.Id}"));
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await anonymous.GetAsync(url));
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await filer.PostAsync(url + "/confirm"));
        var confirmed = await ApiClient.ReadAsync<EvaluationDetail>(await reviewer.PostAsync(url + "/confirm"));
        Assert.Equal("已确认", confirmed.Summary.StateName);

        var reviewed = await ApiClient.ReadAsync<EvaluationDetail>(await finance.PostAsync(url + "/review",
            new { score = 70m, note = "佐证不足", rowVersion = confirmed.Summary.RowVersion }));
        Assert.Equal((70m, "中", 70m - reviewed.Summary.Total), (reviewed.Summary.ReviewScore, reviewed.Summary.ReviewGrade, reviewed.Summary.Difference));
        var grades = await finance.GetAsync<GradeDistribution>($"/api/evaluations/grades?fiscalYear={submitted.Summary.FiscalYear}");
        Assert.Equal(1, grades.Reviewed.Single(g => g.Grade == "中").Count);
        Assert.True(grades.Unit.Single(g => g.Grade == submitted.Summary.Grade).Count >= 1);

        await ApiClient.ReadAsync<EvaluationDetail>(await finance.PostAsync(url + "/publish"));
        var seen = await anonymous.GetAsync<EvaluationDetail>($"/api/public/evaluations/{detail.Summary.Id}");
        Assert.Equal(EvaluationState.Published, seen.Summary.State);
        var audit = await finance.GetAsync<List<AuditEntry>>(url + "/audit");
        Assert.Contains(audit, a => a.Action == "自评复核");
    }

    [Fact]
    public async Task The_template_downloads_pre_filled_and_a_filled_one_imports_with_a_preview_then_commits()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var (documentId, list) = await PublishedAsync(filer);
        var detail = await StartAsync(filer, documentId, list.Projects[1].ProjectKey);
        var url = $"/api/evaluations/{detail.Summary.Id}";

        var template = await filer.GetAsync(url + "/template.xlsx");
        await ApiClient.ExpectAsync(HttpStatusCode.OK, template);
        var bytes = await template.Content.ReadAsByteArrayAsync();
        var empty = Documents.SelfEvaluation.EvaluationTableReader.Read("t.xlsx", bytes);
        Assert.Equal(detail.Lines.Select(l => l.Name), empty.Projects.Single().Indicators.Select(i => i.Name));

        // The unit fills it (here: the template written again with actuals, as the writer writes whatever is filled).
        var met = AllMet(detail);
        await ApiClient.ReadAsync<EvaluationDetail>(await filer.PutAsync(url, new { inputs = met }, ifMatch: detail.Summary.RowVersion));
        var filled = await (await filer.GetAsync(url + "/template.xlsx")).Content.ReadAsByteArrayAsync();
        var back = await ApiClient.ReadAsync<EvaluationDetail>(await filer.PutAsync(url,
            new { inputs = met with { Executed = null, Lines = [] } }, ifMatch: detail.Summary.RowVersion + 1));
        Assert.All(back.Lines, l => Assert.Null(l.Actual));

        var preview = await ApiClient.ReadAsync<EvaluationImportPreview>(await filer.UploadAsync(url + "/import/preview", filled, "自评表.xlsx"));
        Assert.True(preview.CanCommit, string.Join("；", preview.Errors));
        Assert.Equal(detail.Lines.Count, preview.Rows.Count);
        Assert.All(preview.Rows, r => Assert.True(r.Matched));
        Assert.Equal(100m, preview.Total);

        // Not saved by the preview; the commit needs the row version and saves it.
        Assert.All((await filer.GetAsync<EvaluationDetail>(url)).Lines, l => Assert.Null(l.Actual));
        await ApiClient.ExpectAsync(HttpStatusCode.PreconditionRequired, await UploadWithIfMatch(filer, url + "/import", filled, null));
        var committed = await ApiClient.ReadAsync<EvaluationDetail>(await UploadWithIfMatch(filer, url + "/import", filled, back.Summary.RowVersion));
        Assert.Equal((100m, "优"), (committed.Summary.Total, committed.Summary.Grade));
        Assert.Equal(met.Lines.Select(l => l.Actual), committed.Inputs.Lines.Select(l => l.Actual));

        // A file of another project: refused with the reason, per row nothing matched.
        var other = await ApiClient.ReadAsync<EvaluationImportPreview>(await filer.UploadAsync(url + "/import/preview",
            "not a table"u8.ToArray(), "乱码.txt"));
        Assert.False(other.CanCommit);
        Assert.NotEmpty(other.Errors);
    }

    [Fact]
    public async Task Other_units_and_departments_see_nothing_and_the_api_is_documented()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var (documentId, list) = await PublishedAsync(filer);
        // Any project's evaluation will do (the other tests of the class may have started them).
        var entry = list.Projects[^1];
        var detail = entry.Evaluation is { } started
            ? await filer.GetAsync<EvaluationDetail>($"/api/evaluations/{started.Id}")
            : await StartAsync(filer, documentId, entry.ProjectKey);
        // Demo user names carry the unit's code, whose first three digits are the department's (filer.301002, reviewer.301).
        var department = filer.Me!.UserName["filer.".Length..][..3];
        var otherFiler = fixture.Users.First(u => u.Role == Role.UnitFiler && !u.UserName.StartsWith("filer." + department, StringComparison.Ordinal));
        using var other = await fixture.SignInAsync(otherFiler);
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await other.GetAsync($"/api/evaluations/{detail.Summary.Id}"));
        var otherReviewer = fixture.Users.First(u => u.Role == Role.DepartmentReviewer && u.UserName != "reviewer." + department);
        using var reviewer = await fixture.SignInAsync(otherReviewer);
        await ApiClient.ExpectAsync(HttpStatusCode.NotFound, await reviewer.GetAsync($"/api/evaluations/{detail.Summary.Id}"));
        Assert.Empty(await reviewer.GetAsync<List<EvaluationSummary>>($"/api/evaluations?fiscalYear={detail.Summary.FiscalYear}"));

        using var anonymous = fixture.Anonymous();
        using var doc = JsonDocument.Parse(await (await anonymous.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync());
        var paths = doc.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/evaluations/{evaluationId}", "/api/evaluations/{evaluationId}/submit", "/api/evaluations/{evaluationId}/review",
                     "/api/documents/{documentId}/evaluations", "/api/evaluations/{evaluationId}/import/preview", "/api/public/evaluations/{evaluationId}" })
            Assert.True(paths.TryGetProperty(path, out _), path);
    }

    private static async Task<HttpResponseMessage> UploadWithIfMatch(ApiClient client, string url, byte[] bytes, long? rowVersion)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "自评表.xlsx");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        var token = await ApiClient.ReadAsync<SessionApi.AntiforgeryResponse>(await client.Http.GetAsync("/api/antiforgery"));
        request.Headers.Add(token.HeaderName, token.Token);
        if (rowVersion is long v) request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\""));
        return await client.Http.SendAsync(request);
    }
}

public sealed class EvaluationApiOnSqlite(SqliteWebFixture fixture) : EvaluationApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class EvaluationApiOnPostgres(PostgresWebFixture fixture) : EvaluationApiTests(fixture), IClassFixture<PostgresWebFixture>;
