using System.Net;
using Jixiao.Data;
using Jixiao.Data.Security;
using Jixiao.Web.Api;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>Editing indicators: review re-run in the response, optimistic concurrency, text stays text.</summary>
public abstract class IndicatorEditTests(WebFixture fixture)
{
    [Fact]
    public async Task Emptying_a_value_raises_a_finding_and_restoring_it_makes_the_finding_disappear_in_the_response()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var (_, indicator) = await Scenario.FirstIndicatorAsync(filer, document.Id);
        Assert.False(string.IsNullOrEmpty(indicator.Value));

        var emptied = await ApiClient.ReadAsync<IndicatorEditResult>(
            await filer.PutAsync($"/api/indicators/{indicator.Id}", new { value = "" }, ifMatch: indicator.RowVersion));
        Assert.Contains(emptied.ProjectFindings, f => f.IndicatorId == indicator.Id && f.RuleId == "R-VAL-001");

        var restoredResponse = await filer.PutAsync($"/api/indicators/{indicator.Id}", new { value = indicator.Value }, ifMatch: emptied.Row.RowVersion);
        var restored = await ApiClient.ReadAsync<IndicatorEditResult>(restoredResponse);
        Assert.DoesNotContain(restored.ProjectFindings, f => f.IndicatorId == indicator.Id && f.RuleId == "R-VAL-001");
        Assert.Equal(indicator.Value, restored.Row.Value);
        Assert.Equal($"\"{restored.Row.RowVersion}\"", restoredResponse.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_conflicting_save_is_409_and_the_first_save_is_kept()
    {
        using var first = await fixture.SignInAsync(Role.UnitFiler);
        using var second = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, first);
        var (project, indicator) = await Scenario.FirstIndicatorAsync(first, document.Id);

        await ApiClient.ExpectAsync(HttpStatusCode.OK,
            await first.PutAsync($"/api/indicators/{indicator.Id}", new { value = "≥96%", rowVersion = indicator.RowVersion }));
        var conflict = await second.PutAsync($"/api/indicators/{indicator.Id}", new { value = "≥50%", rowVersion = indicator.RowVersion });

        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, conflict);
        Assert.Contains("未保存", (await ApiClient.ProblemAsync(conflict)).GetProperty("detail").GetString());
        var reread = await first.GetAsync<ProjectResponse>($"/api/projects/{project.Summary.Id}");
        Assert.Equal("≥96%", reread.Indicators.Single(i => i.Id == indicator.Id).Value);
    }

    [Fact]
    public async Task Script_in_a_value_round_trips_as_text_and_is_never_sent_as_markup()
    {
        const string script = "<script>alert(1)</script>";
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var (project, indicator) = await Scenario.FirstIndicatorAsync(filer, document.Id);

        var response = await filer.PutAsync($"/api/indicators/{indicator.Id}", new { value = script, basis = script }, ifMatch: indicator.RowVersion);
        var saved = await ApiClient.ReadAsync<IndicatorEditResult>(response);
        Assert.Equal(script, saved.Row.Value);

        var raw = await filer.GetAsync($"/api/projects/{project.Summary.Id}");
        Assert.StartsWith("application/json", raw.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<script>", await raw.Content.ReadAsStringAsync());
        var reread = await ApiClient.ReadAsync<ProjectResponse>(raw);
        var row = reread.Indicators.Single(i => i.Id == indicator.Id);
        Assert.Equal(script, row.Value);
        Assert.Equal(script, row.Basis);
    }

    [Fact]
    public async Task A_save_without_a_row_version_is_refused_with_428()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var (_, indicator) = await Scenario.FirstIndicatorAsync(filer, document.Id);

        var response = await filer.PutAsync($"/api/indicators/{indicator.Id}", new { value = "≥1个" });

        await ApiClient.ExpectAsync(HttpStatusCode.PreconditionRequired, response);
        await ApiClient.ProblemAsync(response);
    }

    [Fact]
    public async Task Each_changed_field_is_audited_and_shown_to_the_finance_reviewer()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        var document = await Scenario.ImportDraftAsync(fixture, filer);
        var (_, indicator) = await Scenario.FirstIndicatorAsync(filer, document.Id);

        await ApiClient.ExpectAsync(HttpStatusCode.OK,
            await filer.PutAsync($"/api/indicators/{indicator.Id}", new { value = "≥97%", unit = "%" }, ifMatch: indicator.RowVersion));

        var audit = await finance.GetAsync<List<AuditEntry>>($"/api/documents/{document.Id}/audit");
        Assert.Contains(audit, a => a.New == "≥97%" && a.Old == indicator.Value && a.User.Length > 0);
    }
}

public sealed class IndicatorEditOnSqlite(SqliteWebFixture fixture) : IndicatorEditTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class IndicatorEditOnPostgres(PostgresWebFixture fixture) : IndicatorEditTests(fixture), IClassFixture<PostgresWebFixture>;
