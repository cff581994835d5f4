using System.Net;
using System.Text.Json;
using Jixiao.Data.Security;
using Jixiao.Data.Settings;
using Jixiao.Web.Tests.Support;

namespace Jixiao.Web.Tests;

/// <summary>
/// /api/settings/performance: a filer reads the jurisdiction's settings (the defaults) but may not change them (403);
/// the finance bureau changes the monitoring period to quarters (ETag, If-Match; stale 409, invalid 422 naming the
/// field), and opening a 1–7月 period is then refused; the public gets 401; the endpoints are in the OpenAPI document.
/// </summary>
public abstract class PerformanceSettingsApiTests(WebFixture fixture)
{
    private const string Url = "/api/settings/performance";

    [Fact]
    public async Task Finance_changes_to_quarters_with_the_row_version_filer_reads_only_invalid_and_stale_saves_are_refused()
    {
        using var filer = await fixture.SignInAsync(Role.UnitFiler);
        using var finance = await fixture.SignInAsync(Role.FinanceReviewer);
        using var anonymous = fixture.Anonymous();
        await ApiClient.ExpectAsync(HttpStatusCode.Unauthorized, await anonymous.GetAsync(Url));

        var seen = await filer.GetAsync<PerformanceSettingsView>(Url);
        Assert.Equal((true, false), (seen.IsDefault, seen.CanEdit));
        Assert.Equal([7], seen.Monitoring.CheckpointMonths);
        await ApiClient.ExpectAsync(HttpStatusCode.Forbidden, await filer.PutAsync(Url, new { seen.Monitoring, seen.Evaluation, rowVersion = 0 }));

        var invalid = await finance.PutAsync(Url, new { monitoring = seen.Monitoring with { BlueFrom = 90m }, seen.Evaluation }, ifMatch: 0);
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, invalid);
        Assert.Contains("蓝灯线", (await ApiClient.ProblemAsync(invalid)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var quarters = seen.Monitoring with { CheckpointMonths = [3, 6, 9, 12] };
        var response = await finance.PutAsync(Url, new { monitoring = quarters, seen.Evaluation }, ifMatch: 0);
        await ApiClient.ExpectAsync(HttpStatusCode.OK, response);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        var saved = await ApiClient.ReadAsync<PerformanceSettingsView>(response);
        Assert.Equal((false, 1L), (saved.IsDefault, saved.RowVersion));
        Assert.Equal([3, 6, 9, 12], saved.Monitoring.CheckpointMonths);
        await ApiClient.ExpectAsync(HttpStatusCode.Conflict, await finance.PutAsync(Url, new { seen.Monitoring, seen.Evaluation }, ifMatch: 0));

        // The setting is applied: 1–7月 is no longer a period of this jurisdiction.
        var refused = await finance.PostAsync("/api/monitoring/periods", new { fiscalYear = 2031, endMonth = 7, deadline = "2031-08-15" });
        await ApiClient.ExpectAsync(HttpStatusCode.UnprocessableEntity, refused);
        Assert.Contains("3月、6月、9月、12月", (await ApiClient.ProblemAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var doc = JsonDocument.Parse(await (await anonymous.GetAsync("/openapi/v1.json")).Content.ReadAsStringAsync());
        var path = doc.RootElement.GetProperty("paths").GetProperty(Url);
        Assert.True(path.TryGetProperty("get", out _) && path.TryGetProperty("put", out _));
    }
}

public sealed class PerformanceSettingsApiOnSqlite(SqliteWebFixture fixture) : PerformanceSettingsApiTests(fixture), IClassFixture<SqliteWebFixture>;

public sealed class PerformanceSettingsApiOnPostgres(PostgresWebFixture fixture) : PerformanceSettingsApiTests(fixture), IClassFixture<PostgresWebFixture>;
