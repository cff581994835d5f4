using System.Net;
using System.Text.Json;
using Jixiao.Data;
using Jixiao.Data.Evaluation;
using Jixiao.Data.Security;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// GET /api/evaluations/{id}/print/{format} (issue 18, must-hold 4): a filled evaluation as the 10号 项目支出绩效自评表 in
/// Excel and Word, which read back as printed and check clean; an unknown format is refused in Chinese; signed-in only,
/// as viewing; in the OpenAPI document.
/// </summary>
public abstract class EvaluationPrintApiTests(WebFixture fixture)
{
    [Fact]
    public async Task A_filled_evaluation_prints_as_excel_and_word_that_read_back_and_check_clean()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var published = (await Scenario.ListAsync(filer)).First(d => d.State == WorkflowState.Published);
        var list = await filer.GetAsync<DocumentEvaluations>($"/api/documents/{published.Id}/evaluations");
        var started = await filer.PostAsync($"/api/documents/{published.Id}/evaluations", new { projectKey = list.Projects[^1].ProjectKey });
        await ApiClient.ExpectAsync(HttpStatusCode.Created, started, "开始自评");
        var detail = await ApiClient.ReadAsync<EvaluationDetail>(started);
        var url = $"/api/evaluations/{detail.Summary.Id}";
        var saved = await ApiClient.ReadAsync<EvaluationDetail>(await filer.PutAsync(url, new { inputs = EvaluationApiTests.AllMet(detail) },
            ifMatch: detail.Summary.RowVersion));

        foreach (var format in new[] { "xlsx", "docx" })
        {
            var response = await filer.GetAsync($"{url}/print/{format}");
            await ApiClient.ExpectAsync(HttpStatusCode.OK, response, format);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var document = Documents.DocumentImporter.CreateDefault().Import("自评表." + format, bytes).Document;
            var printed = Assert.Single(document.SelfEvaluations);
            Assert.Equal(saved.Summary.ProjectName, printed.ProjectName);
            Assert.Equal(saved.Lines.Count, printed.Lines.Count);
            Assert.Equal((saved.Summary.Total?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), saved.Summary.Grade),
                (printed.Total?.Text, printed.Grade?.Text));
            Assert.DoesNotContain(Core.Review.ReviewRules.Default.Review(document), f => f.RuleId.StartsWith("R-EVA-", StringComparison.Ordinal));
        }

        var html = await filer.GetAsync($"{url}/print/html");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, html.StatusCode);
        Assert.Contains("只能印成 xlsx、docx 或 pdf", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var anonymous = fixture.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{url}/print/xlsx")).StatusCode);
        using var doc = JsonDocument.Parse(await (await anonymous.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.GetProperty("paths").TryGetProperty("/api/evaluations/{evaluationId}/print/{format}", out _));
    }
}

public sealed class EvaluationPrintApiOnSqlite(SqliteWebFixture fixture) : EvaluationPrintApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class EvaluationPrintApiOnPostgres(PostgresWebFixture fixture) : EvaluationPrintApiTests(fixture), IClassFixture<PostgresWebFixture>;
